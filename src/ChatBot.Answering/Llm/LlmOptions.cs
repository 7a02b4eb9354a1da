using System.ComponentModel.DataAnnotations;

namespace ChatBot.Answering.Llm;

/// <summary>The optional chat model that writes fluent, cited answers (section <c>Llm</c>).</summary>
/// <remarks>Keys and endpoints come from environment variables (<c>Llm__ApiKey</c>) or user secrets, never from a committed file.</remarks>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Llm";

    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>Base URL: the Azure resource, or an OpenAI-compatible server such as <c>http://localhost:11434/v1</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Model name for OpenAI and OpenAI-compatible servers (for Azure, optional and informative).</summary>
    public string? Model { get; set; }

    /// <summary>Azure OpenAI deployment name.</summary>
    public string? Deployment { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>How long the model may take (rewrite, search and answer together) before the extractive answer is used.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>How many retrieved paragraphs the model is given as numbered passages.</summary>
    [Range(1, 20)]
    public int MaxPassages { get; set; } = 5;

    /// <summary>
    /// Minimum support (0..1, mean of word and embedding overlap with the cited passage) for a sentence to be kept;
    /// unset, the value calibrated for the embedding model in use (<see cref="SupportThresholds"/>).
    /// </summary>
    [Range(0.0, 1.0)]
    public double? SupportThreshold { get; set; }

    /// <summary>Lets the model call the article search again (tool calling); turn off for models without tool support.</summary>
    public bool ArticleSearchTool { get; set; } = true;

    /// <summary>
    /// Most tool calls (article searches) the model may make for one answer; one more and the extractive answer is
    /// given. Kept small: each call costs another model request, and a model that keeps searching is stuck.
    /// </summary>
    [Range(0, 20)]
    public int MaxToolCalls { get; set; } = 3;

    /// <summary>
    /// Sends the prompts' temperature (0, for answers that stay close to the passages); turn off for reasoning models
    /// (o1, o3, gpt-5) that accept only their default temperature.
    /// </summary>
    public bool SendTemperature { get; set; } = true;

    /// <summary>Folder of Semantic Kernel prompt folders, relative to the application folder unless rooted.</summary>
    [Required]
    public string PromptsDirectory { get; set; } = "prompts";

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == LlmProvider.None)
        {
            yield break;
        }

        var required = Provider switch
        {
            LlmProvider.OpenAI => new[] { (nameof(Model), Model), (nameof(ApiKey), ApiKey) },
            LlmProvider.AzureOpenAI => new[] { (nameof(Endpoint), Endpoint), (nameof(Deployment), Deployment), (nameof(ApiKey), ApiKey) },
            _ => new[] { (nameof(Endpoint), Endpoint), (nameof(Model), Model) },
        };
        foreach (var (name, value) in required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return new ValidationResult(
                    $"Llm:Provider is {Provider}, which needs Llm:{name}; set it with the environment variable Llm__{name} or with user secrets (dotnet user-secrets set \"Llm:{name}\" ...), or set Llm:Provider to None.",
                    [name]);
            }
        }

        if (!string.IsNullOrWhiteSpace(Endpoint)
            && (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult(
                $"Llm:Endpoint '{Endpoint}' is not an absolute http(s) URL, e.g. https://my-resource.openai.azure.com/ or http://localhost:11434/v1.",
                [nameof(Endpoint)]);
        }
    }
}
