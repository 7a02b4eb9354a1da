using System.ComponentModel.DataAnnotations;

namespace ChatBot.Bot;

/// <summary>
/// The Bot Framework app registration, read from the configuration root under the names every Bot Framework
/// sample and the Azure portal use. All empty (the default) means no authentication: the Emulator connects as is.
/// </summary>
public sealed class BotAuthenticationOptions : IValidatableObject
{
    /// <summary>Empty: the keys sit at the root of the configuration, as Bot Framework expects them.</summary>
    public const string SectionName = "";

    private static readonly string[] s_appTypes = ["", "MultiTenant", "SingleTenant", "UserAssignedMSI"];

    public string MicrosoftAppType { get; set; } = "";

    public string MicrosoftAppId { get; set; } = "";

    public string MicrosoftAppPassword { get; set; } = "";

    public string MicrosoftAppTenantId { get; set; } = "";

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!s_appTypes.Contains(MicrosoftAppType, StringComparer.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                $"MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI (or empty), not '{MicrosoftAppType}'.",
                [nameof(MicrosoftAppType)]);
        }

        if (!IsAuthenticationEnabled)
        {
            yield break;
        }

        var isManagedIdentity = string.Equals(MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
        if (!isManagedIdentity && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return new ValidationResult(
                "MicrosoftAppId is set, so MicrosoftAppPassword (the client secret of the app registration) is required.",
                [nameof(MicrosoftAppPassword)]);
        }

        var needsTenant = isManagedIdentity || string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);
        if (needsTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return new ValidationResult(
                $"MicrosoftAppType {MicrosoftAppType} needs MicrosoftAppTenantId.",
                [nameof(MicrosoftAppTenantId)]);
        }
    }
}
