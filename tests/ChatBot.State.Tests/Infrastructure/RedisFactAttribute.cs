namespace ChatBot.State.Tests.Infrastructure;

/// <summary>A test that needs a real redis-server: skipped with a reason where none is installed, except under CI.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute() => Skip = RedisAvailability.SkipReason;
}
