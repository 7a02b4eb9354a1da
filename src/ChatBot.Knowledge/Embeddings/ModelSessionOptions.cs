using Microsoft.ML.OnnxRuntime;

namespace ChatBot.Knowledge;

/// <summary>ONNX Runtime settings shared by the local models: each call on one thread, no spinning.</summary>
/// <remarks>
/// Up to one call per core runs at once: on a small shared machine that spends less CPU per text than one call spread
/// over several threads (which wait on each other between operators). With one intra-op thread there is no worker
/// pool to spin; spinning is kept off in case the thread count is raised (spinning workers lose badly on a busy
/// machine: measured 33 ms vs 11 ms per question embedding on this 2-core host).
/// </remarks>
internal static class ModelSessionOptions
{
    public static SessionOptions OneThreadPerCall()
    {
        var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        return options;
    }
}
