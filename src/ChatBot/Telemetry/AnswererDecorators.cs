using ChatBot.Answering;

namespace ChatBot.Telemetry;

/// <summary>A decorator the host wraps around the registered answerer (telemetry, insights).</summary>
internal interface IAnswererDecorator
{
    IQuestionAnswerer Inner { get; }
}

/// <summary>Sees through the host's decorators to the answerer that Answering registered.</summary>
internal static class AnswererDecorators
{
    public static IQuestionAnswerer Innermost(this IQuestionAnswerer answerer)
    {
        while (answerer is IAnswererDecorator decorator)
        {
            answerer = decorator.Inner;
        }

        return answerer;
    }
}
