using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace ChatBot.Answering.Llm;

/// <summary>
/// One <c>chat {model}</c> client span per model call (OpenTelemetry's gen_ai names), with the outcome and the
/// number of messages sent; never the prompt or the reply, which hold user text and article text.
/// </summary>
internal sealed class TracedChatCompletionService(IChatCompletionService inner, LlmOptions options) : IChatCompletionService
{
    public IReadOnlyDictionary<string, object?> Attributes => inner.Attributes;

    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        using var activity = Start(chatHistory, streaming: false);
        try
        {
            var result = await inner.GetChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken);
            activity?.SetTag("gen_ai.response.choices", result.Count);
            return result;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var activity = Start(chatHistory, streaming: true);
        var updates = 0;
        await using var enumerator = inner.GetStreamingChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken)
            .GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            StreamingChatMessageContent update;
            try
            {
                if (!await enumerator.MoveNextAsync())
                {
                    break;
                }

                update = enumerator.Current;
            }
            catch (Exception ex)
            {
                activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
                throw;
            }

            updates++;
            yield return update;
        }

        activity?.SetTag("chatbot.llm.stream_updates", updates);
    }

    private Activity? Start(ChatHistory chatHistory, bool streaming)
    {
        var activity = AnsweringTelemetry.Source.StartActivity("chat " + (options.Model ?? options.Deployment), ActivityKind.Client);
        activity?.SetTag("gen_ai.operation.name", "chat");
        activity?.SetTag("gen_ai.system", options.Provider.ToString());
        activity?.SetTag("gen_ai.request.model", options.Model ?? options.Deployment);
        activity?.SetTag("chatbot.llm.messages", chatHistory.Count);
        activity?.SetTag("chatbot.llm.streaming", streaming);
        return activity;
    }
}
