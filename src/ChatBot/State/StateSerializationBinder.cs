using Newtonsoft.Json.Serialization;

namespace ChatBot.State;

/// <summary>Decides which <c>$type</c>s conversation state may name when it is read back from Redis. State is
/// stored with type names (as Bot Builder's MemoryStorage does, so values come back typed on both providers);
/// reading arbitrary type names from a shared store is how JSON deserialization gadgets get in, so only this
/// bot's own types, Bot Builder's, JSON.NET's tokens, primitives and the standard collections of them pass.</summary>
internal sealed class StateSerializationBinder : DefaultSerializationBinder
{
    private static readonly HashSet<Type> AllowedSystemTypes =
    [
        typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid),
        typeof(Uri), typeof(object), typeof(Nullable<>),
    ];

    private static readonly HashSet<string> AllowedNamespaces =
        ["System.Collections.Generic", "System.Collections.ObjectModel", "Newtonsoft.Json.Linq"];

    public override Type BindToType(string? assemblyName, string typeName)
    {
        var type = base.BindToType(assemblyName, typeName);
        return IsAllowed(type)
            ? type
            : throw new Newtonsoft.Json.JsonSerializationException($"Type '{type.FullName}' is not allowed in conversation state.");
    }

    private static bool IsAllowed(Type type)
    {
        if (type.IsArray)
        {
            return IsAllowed(type.GetElementType()!);
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            return IsAllowed(type.GetGenericTypeDefinition()) && type.GetGenericArguments().All(IsAllowed);
        }

        var assembly = type.Assembly.GetName().Name ?? string.Empty;
        return type.IsPrimitive
            || type.IsEnum && IsAllowedAssembly(assembly)
            || AllowedSystemTypes.Contains(type)
            || AllowedNamespaces.Contains(type.Namespace ?? string.Empty)
            || IsAllowedAssembly(assembly);
    }

    private static bool IsAllowedAssembly(string assembly) =>
        assembly == "ChatBot"
        || assembly.StartsWith("ChatBot.", StringComparison.Ordinal)
        || assembly.StartsWith("Microsoft.Bot.", StringComparison.Ordinal);
}
