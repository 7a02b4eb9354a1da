using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace ChatBot.Answering.Llm;

/// <summary>Creates the Semantic Kernel chat completion service for the configured provider (only when one is configured).</summary>
internal static class LlmChatCompletion
{
    /// <summary>Sent to OpenAI-compatible servers that need no key (Ollama ignores it); the client insists on one.</summary>
    private const string NoKey = "no-key";

    public static IChatCompletionService Create(LlmOptions options, ILoggerFactory loggerFactory)
    {
        // No retries: a 429 or 500 goes straight to the extractive answer instead of holding the user for back-offs;
        // the network timeout matches the answer's own deadline.
        var retry = new ClientRetryPolicy(maxRetries: 0);
        if (options.Provider == LlmProvider.AzureOpenAI)
        {
            var azureOptions = new AzureOpenAIClientOptions { RetryPolicy = retry, NetworkTimeout = options.Timeout };
            var azure = new AzureOpenAIClient(new Uri(options.Endpoint!), new ApiKeyCredential(options.ApiKey!), azureOptions);
            return new AzureOpenAIChatCompletionService(options.Deployment!, azure, options.Model, loggerFactory);
        }

        var openAIOptions = new OpenAIClientOptions { RetryPolicy = retry, NetworkTimeout = options.Timeout };
        if (!string.IsNullOrWhiteSpace(options.Endpoint))
        {
            openAIOptions.Endpoint = new Uri(options.Endpoint);
        }

        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey;
        var client = new OpenAIClient(new ApiKeyCredential(key), openAIOptions);
        return new OpenAIChatCompletionService(options.Model!, client, loggerFactory);
    }
}
