namespace ChatBot.Knowledge.Tests;

/// <summary>
/// A call into a disposed ONNX session crashes the process: the gate in front of a model lets none through once it is
/// closing, and closing waits for the call in flight, so the model is disposed only when nothing uses it.
/// </summary>
public sealed class ModelCallGateTests
{
    [Fact]
    public async Task CloseAsync_CallInFlightAndOneWaiting_WaitsForTheFirstAndRefusesTheSecond()
    {
        var gate = new ModelCallGate(slots: 1);
        using var inCall = new ManualResetEventSlim();
        using var finish = new ManualResetEventSlim();
        var waitingRan = false;

        var running = Task.Run(() => gate.RunAsync(() =>
        {
            inCall.Set();
            finish.Wait();
            return 1;
        }, CancellationToken.None));
        inCall.Wait();
        var waiting = gate.RunAsync(() => waitingRan = true, CancellationToken.None);
        var closing = gate.CloseAsync();

        Assert.False(closing.IsCompleted);
        finish.Set();
        Assert.Equal(1, await running);
        await closing;
        await Assert.ThrowsAsync<ObjectDisposedException>(() => waiting);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => gate.RunAsync(() => 2, CancellationToken.None));
        Assert.False(waitingRan);
    }
}
