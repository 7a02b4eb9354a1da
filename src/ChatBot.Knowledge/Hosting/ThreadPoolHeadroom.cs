namespace ChatBot.Knowledge;

/// <summary>
/// Keeps thread-pool threads free for requests while the background embedding holds some with model calls. The pool
/// starts with one thread per core and adds about one a second when its queue stalls; the embedding holds one per
/// background call for as long as it runs. On a 2-core machine that was every thread: a 100-article archive's lexical
/// index was published after 1 s, and <c>/healthz</c> and the first questions waited another 6 s for a thread (scale
/// benchmark, cold start). Raised for the index build as well, the headroom made a warm restart slower (3.5–4.1 s
/// against 3.1–3.2 s): the build's own work, which competes for the same two cores, got the threads.
/// </summary>
internal static class ThreadPoolHeadroom
{
    /// <summary>Raises the pool's minimum, never lowers it, to one thread per core plus <paramref name="held"/>.</summary>
    public static void Ensure(int held)
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        var wanted = Environment.ProcessorCount + held;
        if (workers < wanted)
        {
            ThreadPool.SetMinThreads(wanted, completionPorts);
        }
    }
}
