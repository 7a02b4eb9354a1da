namespace ChatBot.State.Tests.Infrastructure;

/// <summary>A data-driven <see cref="RedisFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RedisTheoryAttribute : TheoryAttribute
{
    public RedisTheoryAttribute() => Skip = RedisAvailability.SkipReason;
}
