namespace ChatBot.Bot;

/// <summary>
/// The adapter's logger, minus the one entry Bot Builder's <c>CloudAdapter</c> writes for every refused token: the
/// whole <see cref="UnauthorizedAccessException"/>, stack trace included, at Error. A forged token is a client's
/// mistake, already logged in one line at Warning by <see cref="TokenCheckingAuthentication"/>.
/// </summary>
internal sealed class QuietUnauthorizedLogger(ILogger inner) : ILogger
{
    private static readonly string s_unauthorized = typeof(UnauthorizedAccessException).FullName!;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (logLevel >= LogLevel.Error && exception is null && formatter(state, null).StartsWith(s_unauthorized, StringComparison.Ordinal))
        {
            return;
        }

        inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
