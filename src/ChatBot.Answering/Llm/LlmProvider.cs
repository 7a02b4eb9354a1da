namespace ChatBot.Answering.Llm;

/// <summary>Which chat model, if any, writes the answers.</summary>
public enum LlmProvider
{
    /// <summary>No model: the extractive answerer answers; no network client is created.</summary>
    None,

    /// <summary>api.openai.com (or another OpenAI endpoint) with an API key.</summary>
    OpenAI,

    /// <summary>An Azure OpenAI resource and deployment.</summary>
    AzureOpenAI,

    /// <summary>Any server speaking the OpenAI chat completions API, such as Ollama or vLLM.</summary>
    OpenAICompatible,
}
