namespace ChatBot.Knowledge;

/// <summary>
/// An ONNX model opened for a rewrite: its top-level fields, and its graph's fields read out to be edited in place
/// (<see cref="Nodes"/> indexes them); <see cref="Write"/> puts the graph back and serialises the model.
/// </summary>
internal sealed record OnnxModel(List<WireField> Fields, int GraphIndex, List<WireField> Graph)
{
    // ONNX field numbers (onnx.proto): ModelProto.graph = 7; GraphProto.node = 1.
    private const int ModelGraph = 7;
    private const int GraphNode = 1;

    /// <returns>The model opened; throws <see cref="InvalidDataException"/> when it has no graph.</returns>
    public static OnnxModel Read(byte[] model)
    {
        var fields = Protobuf.Read(model);
        var graphIndex = fields.FindIndex(f => f.Number == ModelGraph);
        if (graphIndex < 0)
        {
            throw new InvalidDataException("The ONNX model has no graph.");
        }

        return new OnnxModel(fields, graphIndex, Protobuf.Read(fields[graphIndex].Bytes));
    }

    /// <summary>The graph's nodes as they stand now, each with its index in <see cref="Graph"/>.</summary>
    public List<OnnxNode> Nodes() =>
        [.. Graph.Select((field, index) => (field, index)).Where(f => f.field.Number == GraphNode).Select(f => new OnnxNode(f.index, Protobuf.Read(f.field.Bytes)))];

    public byte[] Write()
    {
        Fields[GraphIndex] = Protobuf.Bytes(ModelGraph, Protobuf.Write(Graph));
        return Protobuf.Write(Fields);
    }
}
