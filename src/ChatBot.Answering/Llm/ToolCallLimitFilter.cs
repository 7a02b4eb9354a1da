using Microsoft.SemanticKernel;

namespace ChatBot.Answering.Llm;

/// <summary>
/// Stops one answer's automatic tool calling after <c>Llm:MaxToolCalls</c> calls. Semantic Kernel would otherwise call
/// the model again after every tool result, up to 128 times, so a model stuck on searching costs a request each time.
/// </summary>
/// <remarks>One instance per answer, added to that answer's cloned kernel. It terminates the loop rather than
/// throwing, because Semantic Kernel hands a tool's exception back to the model as a result and carries on.</remarks>
internal sealed class ToolCallLimitFilter(int maxToolCalls) : IAutoFunctionInvocationFilter
{
    private int _calls;

    public int MaxToolCalls => maxToolCalls;

    /// <summary>True once the model asked for a call beyond the limit; its answer must not be used.</summary>
    public bool LimitReached => Volatile.Read(ref _calls) > maxToolCalls;

    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (Interlocked.Increment(ref _calls) > maxToolCalls)
        {
            context.Terminate = true;
            return;
        }

        await next(context);
    }
}
