namespace ChatBot.Knowledge;

/// <summary>A node of an ONNX graph as the rewrites read it: its index among the graph's fields, and its own fields.</summary>
internal sealed record OnnxNode(int Index, List<WireField> Fields)
{
    // ONNX field numbers (onnx.proto): NodeProto.input = 1, .output = 2, .op_type = 4.
    private const int NodeInput = 1;
    private const int NodeOutput = 2;
    private const int NodeOpType = 4;

    public string Op => Fields.FirstOrDefault(f => f.Number == NodeOpType)?.Text ?? "";

    public string[] Inputs { get; } = [.. Fields.Where(f => f.Number == NodeInput).Select(f => f.Text)];

    public string[] Outputs { get; } = [.. Fields.Where(f => f.Number == NodeOutput).Select(f => f.Text)];
}
