using System.Text.RegularExpressions;

namespace ChatBot.Knowledge;

/// <summary>
/// Rewrites ArcticXs so its last transformer layer computes only the [CLS] token, the one row the embedding keeps (the
/// encoders read token 0 of <c>last_hidden_state</c>). In that layer the keys and values still come from every token,
/// but the query, the attention output, its projection, both layer norms and the feed-forward network reach the output
/// only through token 0: the layer input is sliced to that token for the query product and the residual, and the rest
/// of the layer runs on one row instead of the sentence's length. About 14 % of a sentence's multiply-adds; the output
/// becomes [batch, 1, 384], the same [CLS] vector up to floating-point rounding (checked in QuantizedModelTests).
/// </summary>
internal static partial class ClsPruner
{
    // ONNX field numbers (onnx.proto): GraphProto.node = 1, .initializer = 5, .output = 12;
    // NodeProto.input = 1, .output = 2, .name = 3, .op_type = 4; ValueInfoProto.name = 1, .type = 2; TypeProto.tensor_type
    // = 1; TypeProto.Tensor.elem_type = 1, .shape = 2; TensorShapeProto.dim = 1; Dimension.dim_value = 1;
    // TensorProto.dims = 1, .data_type = 2, .name = 8, .raw_data = 9.
    private const int GraphNode = 1;
    private const int GraphInitializer = 5;
    private const int GraphOutput = 12;
    private const int NodeInput = 1;
    private const int NodeOutput = 2;
    private const int NodeName = 3;
    private const int NodeOpType = 4;
    private const int ValueName = 1;
    private const int ValueType = 2;
    private const int TypeTensor = 1;
    private const int TensorShape = 2;
    private const int ShapeDim = 1;
    private const int DimValue = 1;
    private const int Int64Type = 7;

    /// <returns>The rewritten model; throws <see cref="InvalidDataException"/> when the graph is not the BERT layout it expects.</returns>
    public static byte[] Prune(byte[] model)
    {
        var onnx = OnnxModel.Read(model);
        var graph = onnx.Graph;
        var nodes = onnx.Nodes();

        // The last layer's query product reads the layer input; the input's other readers must be the key and value
        // products and the residual Add after the attention's output projection, nothing else.
        var query = nodes.Where(n => n.Op == "MatMul" && n.Outputs.Length == 1 && QueryProduct().IsMatch(n.Outputs[0]))
            .MaxBy(n => int.Parse(QueryProduct().Match(n.Outputs[0]).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new InvalidDataException("No attention query product in the model.");
        var layer = QueryProduct().Match(query.Outputs[0]).Groups[1].Value;
        var input = query.Inputs[0];
        var readers = nodes.Where(n => n.Inputs.Contains(input)).ToList();
        var residual = readers.SingleOrDefault(n => n.Op == "Add" && n.Outputs.SequenceEqual([$"/encoder/layer.{layer}/attention/output/Add_output_0"]));
        if (residual is null || readers.Count != 4 || readers.Count(n => n.Op == "MatMul") != 3)
        {
            throw new InvalidDataException($"Layer {layer}'s input {input} is not read by the query, key and value products and the residual alone.");
        }

        var token = $"{input}/cls_token";
        var (starts, ends, axes) = ($"{token}/starts", $"{token}/ends", $"{token}/axes");
        var slice = Protobuf.Write(
        [
            Protobuf.Text(NodeInput, input), Protobuf.Text(NodeInput, starts), Protobuf.Text(NodeInput, ends), Protobuf.Text(NodeInput, axes),
            Protobuf.Text(NodeOutput, token), Protobuf.Text(NodeName, $"{token}/Slice"), Protobuf.Text(NodeOpType, "Slice"),
        ]);
        graph[query.Index] = Protobuf.Bytes(GraphNode, WithInput(query, input, token));
        graph[residual.Index] = Protobuf.Bytes(GraphNode, WithInput(residual, input, token));

        var outputIndex = graph.FindIndex(f => f.Number == GraphOutput);
        graph[outputIndex] = Protobuf.Bytes(GraphOutput, OneToken(graph[outputIndex].Bytes));

        // Nodes stay in topological order: the slice right after the node that writes the layer input.
        var producer = nodes.Single(n => n.Outputs.Contains(input));
        graph.Insert(producer.Index + 1, Protobuf.Bytes(GraphNode, slice));
        graph.Add(Protobuf.Bytes(GraphInitializer, Int64Vector(starts, 0)));
        graph.Add(Protobuf.Bytes(GraphInitializer, Int64Vector(ends, 1)));
        graph.Add(Protobuf.Bytes(GraphInitializer, Int64Vector(axes, 1)));
        return onnx.Write();
    }

    private static byte[] WithInput(OnnxNode node, string from, string to) =>
        Protobuf.Write(node.Fields.Select(f => f.Number == NodeInput && f.Text == from ? Protobuf.Text(NodeInput, to) : f));

    /// <summary>The output's declared shape [batch, sequence, 384] with its second dimension fixed to 1.</summary>
    private static byte[] OneToken(ReadOnlyMemory<byte> valueInfo)
    {
        var value = Protobuf.Read(valueInfo);
        var typeIndex = value.FindIndex(f => f.Number == ValueType);
        var type = Protobuf.Read(value[typeIndex].Bytes);
        var tensorIndex = type.FindIndex(f => f.Number == TypeTensor);
        var tensor = Protobuf.Read(type[tensorIndex].Bytes);
        var shapeIndex = tensor.FindIndex(f => f.Number == TensorShape);
        var shape = Protobuf.Read(tensor[shapeIndex].Bytes);
        var dims = shape.Select((f, i) => (f, i)).Where(d => d.f.Number == ShapeDim).Select(d => d.i).ToList();
        if (dims.Count != 3)
        {
            throw new InvalidDataException($"The output {value.First(f => f.Number == ValueName).Text} is not [batch, sequence, dimensions].");
        }

        shape[dims[1]] = Protobuf.Bytes(ShapeDim, Protobuf.Write([Protobuf.Varint(DimValue, 1)]));
        tensor[shapeIndex] = Protobuf.Bytes(TensorShape, Protobuf.Write(shape));
        type[tensorIndex] = Protobuf.Bytes(TypeTensor, Protobuf.Write(tensor));
        value[typeIndex] = Protobuf.Bytes(ValueType, Protobuf.Write(type));
        return Protobuf.Write(value);
    }

    private static byte[] Int64Vector(string name, long value) => Protobuf.Write(
    [
        Protobuf.Varint(1, 1), Protobuf.Varint(2, Int64Type), Protobuf.Text(8, name), Protobuf.Bytes(9, LittleEndian(value)),
    ]);

    private static byte[] LittleEndian(long value)
    {
        var bytes = new byte[sizeof(long)];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        return bytes;
    }

    [GeneratedRegex(@"^/encoder/layer\.(\d+)/attention/self/query/MatMul_output_0$")]
    private static partial Regex QueryProduct();
}
