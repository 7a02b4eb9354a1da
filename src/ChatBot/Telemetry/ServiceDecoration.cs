namespace ChatBot.Telemetry;

/// <summary>
/// Wraps the last registration of a service in a decorator, keeping its lifetime, so instrumentation is added in one
/// place instead of inside the classes it measures. Call it after the service is registered.
/// </summary>
internal static class ServiceDecoration
{
    public static IServiceCollection Decorate<TService>(this IServiceCollection services, Func<TService, IServiceProvider, TService> decorate)
        where TService : class
    {
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(TService) && !d.IsKeyedService)
            ?? throw new InvalidOperationException($"{typeof(TService).Name} must be registered before it is decorated.");
        services.Remove(descriptor);
        services.Add(ServiceDescriptor.Describe(typeof(TService), sp => decorate(CreateInner<TService>(descriptor, sp), sp), descriptor.Lifetime));
        return services;
    }

    private static TService CreateInner<TService>(ServiceDescriptor descriptor, IServiceProvider services) =>
        (TService)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
