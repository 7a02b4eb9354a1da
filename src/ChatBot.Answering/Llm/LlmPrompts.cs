using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ChatBot.Answering.Llm;

/// <summary>The prompts the model sees, loaded once from the Semantic Kernel prompt folders under <c>prompts/</c>.</summary>
internal sealed class LlmPrompts
{
    public const string PluginName = "GroundedAnswering";

    public LlmPrompts(IOptions<LlmOptions> options)
    {
        var configured = options.Value.PromptsDirectory;
        var root = Path.IsPathRooted(configured) ? configured : Path.Combine(AppContext.BaseDirectory, configured);
        var folder = Path.Combine(root, PluginName);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(
                $"The prompt folder '{folder}' is missing; it ships with the application (prompts/{PluginName}), or set Llm:PromptsDirectory.");
        }

        var plugin = new Kernel().CreatePluginFromPromptDirectory(folder, PluginName);
        Answer = plugin["AnswerFromPassages"];
        RewriteFollowUp = plugin["RewriteFollowUp"];
        Summarise = plugin["Summarise"];
    }

    /// <summary>Answers from numbered passages with [n] markers, or replies NOT_FOUND; may call the article search.</summary>
    public KernelFunction Answer { get; }

    /// <summary>Rewrites a follow-up as a standalone question from the earlier turns.</summary>
    public KernelFunction RewriteFollowUp { get; }

    /// <summary>Three cited sentences about the article from its first passages.</summary>
    public KernelFunction Summarise { get; }
}
