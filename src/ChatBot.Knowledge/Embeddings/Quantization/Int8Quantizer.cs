using System.Runtime.InteropServices;

namespace ChatBot.Knowledge;

/// <summary>
/// Rewrites an ONNX transformer so its weight matrix products run in 8-bit integers: every <c>MatMul</c> whose right
/// operand is a float weight matrix [K, N] becomes ONNX Runtime's <c>DynamicQuantizeMatMul</c> (com.microsoft) over
/// that matrix quantized symmetrically per output column (int8, scale = column max |w| / 127); the activations are
/// quantized per call by the operator itself, and a bias added to the product right after is added inside it. Attention's activation-by-activation products, layer norms, softmax and
/// GELU stay float. On CPUs with VNNI this roughly halves the CPU time per sentence; the embeddings keep a cosine of
/// about 0.999 with the float model's (measured in <c>tools/ChatBot.Benchmarks -- embed</c>), and retrieval quality is
/// checked on the SQuAD sample (README).
/// </summary>
internal static class Int8Quantizer
{
    // ONNX field numbers (onnx.proto): ModelProto.graph = 7, .opset_import = 8; GraphProto.node = 1, .initializer = 5;
    // NodeProto.input = 1, .output = 2, .name = 3, .op_type = 4, .domain = 7; TensorProto.dims = 1, .data_type = 2,
    // .name = 8, .raw_data = 9; OperatorSetIdProto.domain = 1, .version = 2.
    private const int ModelGraph = 7;
    private const int ModelOpsetImport = 8;
    private const int GraphNode = 1;
    private const int GraphInitializer = 5;
    private const int NodeInput = 1;
    private const int NodeOutput = 2;
    private const int NodeName = 3;
    private const int NodeOpType = 4;
    private const int NodeDomain = 7;
    private const int TensorDims = 1;
    private const int TensorDataType = 2;
    private const int TensorName = 8;
    private const int TensorRawData = 9;
    private const int FloatType = 1;
    private const int Int8Type = 3;
    private const string MicrosoftDomain = "com.microsoft";

    /// <summary>Smaller matrices are left in float: too little work to gain from.</summary>
    private const long MinElements = 16_384;

    /// <returns>The rewritten model and how many matrix products were quantized.</returns>
    public static (byte[] Model, int Quantized) Quantize(byte[] model)
    {
        var (modelFields, graphIndex, graph) = OnnxModel.Read(model);
        var initializers = ReadInitializers(graph);
        var uses = CountInputUses(graph);
        var consumers = Consumers(graph);
        var dropped = new HashSet<int>();
        var quantizedCount = 0;
        var added = new List<WireField>();
        for (var i = 0; i < graph.Count; i++)
        {
            if (graph[i].Number != GraphNode)
            {
                continue;
            }

            var node = Protobuf.Read(graph[i].Bytes);
            var inputs = node.Where(f => f.Number == NodeInput).Select(f => f.Text).ToArray();
            if (node.FirstOrDefault(f => f.Number == NodeOpType)?.Text != "MatMul" || inputs.Length != 2
                || !initializers.TryGetValue(inputs[1], out var weights) || !IsQuantizable(weights) || uses[inputs[1]] != 1)
            {
                continue;
            }

            var (quantized, scales) = QuantizeColumns(weights);
            var quantizedName = inputs[1] + "_int8";
            var scaleName = inputs[1] + "_scale";
            added.Add(Protobuf.Bytes(GraphInitializer, Tensor(quantizedName, weights.Dims, Int8Type, quantized)));
            added.Add(Protobuf.Bytes(GraphInitializer, Tensor(scaleName, [weights.Dims[1]], FloatType, MemoryMarshal.AsBytes(scales.AsSpan()).ToArray())));
            dropped.Add(weights.Index);
            quantizedCount++;

            List<WireField> rewritten = [Protobuf.Text(NodeInput, inputs[0]), Protobuf.Text(NodeInput, quantizedName), Protobuf.Text(NodeInput, scaleName)];
            var outputs = node.Where(f => f.Number == NodeOutput).ToList();
            if (BiasAdd(graph, consumers, initializers, uses, outputs, weights.Dims[1]) is { } bias)
            {
                // The bias goes into the product (its optional fifth input), so the Add's separate pass over the
                // output is gone; the product writes the Add's output in its place.
                rewritten.Add(Protobuf.Text(NodeInput, string.Empty));
                rewritten.Add(Protobuf.Text(NodeInput, bias.Name));
                outputs = bias.Outputs;
                dropped.Add(bias.Index);
            }

            rewritten.AddRange(outputs);
            rewritten.AddRange(node.Where(f => f.Number == NodeName));
            rewritten.Add(Protobuf.Text(NodeOpType, "DynamicQuantizeMatMul"));
            rewritten.Add(Protobuf.Text(NodeDomain, MicrosoftDomain));
            graph[i] = Protobuf.Bytes(GraphNode, Protobuf.Write(rewritten));
        }

        modelFields[graphIndex] = Protobuf.Bytes(ModelGraph, Protobuf.Write(graph.Where((_, i) => !dropped.Contains(i)).Concat(added)));
        var importsMicrosoft = modelFields.Where(f => f.Number == ModelOpsetImport)
            .Any(f => Protobuf.Read(f.Bytes).Any(x => x.Number == 1 && x.Text == MicrosoftDomain));
        if (!importsMicrosoft)
        {
            modelFields.Insert(graphIndex, Protobuf.Bytes(ModelOpsetImport, Protobuf.Write([Protobuf.Text(1, MicrosoftDomain), Protobuf.Varint(2, 1)])));
        }

        return (Protobuf.Write(modelFields), quantizedCount);
    }

    /// <summary>
    /// The <c>Add</c> node that adds a bias vector [<paramref name="columns"/>] (a float initializer) to a product's
    /// only output, when it is that output's only consumer: its graph index, the bias's name and the Add's outputs.
    /// </summary>
    private static (int Index, string Name, List<WireField> Outputs)? BiasAdd(
        List<WireField> graph, Dictionary<string, List<int>> consumers, Dictionary<string, Initializer> initializers, Dictionary<string, int> uses, List<WireField> outputs, long columns)
    {
        if (outputs.Count != 1 || !consumers.TryGetValue(outputs[0].Text, out var readers) || readers.Count != 1 || uses[outputs[0].Text] != 1)
        {
            return null;
        }

        var add = Protobuf.Read(graph[readers[0]].Bytes);
        var inputs = add.Where(f => f.Number == NodeInput).Select(f => f.Text).ToArray();
        var bias = inputs.Length == 2 ? inputs.FirstOrDefault(i => i != outputs[0].Text) : null;
        return add.FirstOrDefault(f => f.Number == NodeOpType)?.Text == "Add" && add.All(f => f.Number != NodeDomain || f.Text.Length == 0)
            && bias is not null && initializers.TryGetValue(bias, out var vector)
            && vector.DataType == FloatType && vector.Dims is [var length] && length == columns && uses[bias] == 1
            ? (readers[0], bias, add.Where(f => f.Number == NodeOutput).ToList())
            : null;
    }

    /// <summary>For each value, the graph indexes of the nodes that read it.</summary>
    private static Dictionary<string, List<int>> Consumers(List<WireField> graph)
    {
        var consumers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < graph.Count; i++)
        {
            if (graph[i].Number == GraphNode)
            {
                foreach (var input in Protobuf.Read(graph[i].Bytes).Where(f => f.Number == NodeInput))
                {
                    (consumers.TryGetValue(input.Text, out var list) ? list : consumers[input.Text] = []).Add(i);
                }
            }
        }

        return consumers;
    }

    private sealed record Initializer(int Index, long[] Dims, long DataType, ReadOnlyMemory<byte>? Raw);

    private static Dictionary<string, Initializer> ReadInitializers(List<WireField> graph)
    {
        var initializers = new Dictionary<string, Initializer>(StringComparer.Ordinal);
        for (var i = 0; i < graph.Count; i++)
        {
            if (graph[i].Number == GraphInitializer)
            {
                var tensor = Protobuf.Read(graph[i].Bytes);
                var name = tensor.FirstOrDefault(f => f.Number == TensorName)?.Text ?? "";
                initializers[name] = new Initializer(
                    i,
                    [.. Protobuf.Varints(tensor, TensorDims)],
                    (long)(tensor.FirstOrDefault(f => f.Number == TensorDataType)?.Varint ?? 0),
                    tensor.FirstOrDefault(f => f.Number == TensorRawData)?.Bytes);
            }
        }

        return initializers;
    }

    /// <summary>How many node inputs name each value: a weight shared by two nodes is left alone.</summary>
    private static Dictionary<string, int> CountInputUses(List<WireField> graph)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in graph.Where(f => f.Number == GraphNode))
        {
            foreach (var input in Protobuf.Read(node.Bytes).Where(f => f.Number == NodeInput))
            {
                uses[input.Text] = uses.GetValueOrDefault(input.Text) + 1;
            }
        }

        return uses;
    }

    private static bool IsQuantizable(Initializer weights) =>
        weights.DataType == FloatType && weights.Dims.Length == 2 && weights.Raw is { } raw
        && weights.Dims[0] * weights.Dims[1] >= MinElements && raw.Length == weights.Dims[0] * weights.Dims[1] * sizeof(float);

    private static (byte[] Quantized, float[] Scales) QuantizeColumns(Initializer weights)
    {
        var (rows, columns) = ((int)weights.Dims[0], (int)weights.Dims[1]);
        var values = MemoryMarshal.Cast<byte, float>(weights.Raw!.Value.Span);
        var scales = new float[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                scales[c] = Math.Max(scales[c], Math.Abs(values[(r * columns) + c]));
            }
        }

        for (var c = 0; c < columns; c++)
        {
            scales[c] = scales[c] == 0 ? 1 : scales[c] / 127f;
        }

        var quantized = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var i = (r * columns) + c;
                quantized[i] = unchecked((byte)(sbyte)Math.Clamp(MathF.Round(values[i] / scales[c]), -127, 127));
            }
        }

        return (quantized, scales);
    }

    private static byte[] Tensor(string name, long[] dims, int dataType, byte[] raw)
    {
        var fields = dims.Select(d => Protobuf.Varint(TensorDims, d)).ToList();
        fields.Add(Protobuf.Varint(TensorDataType, dataType));
        fields.Add(Protobuf.Text(TensorName, name));
        fields.Add(Protobuf.Bytes(TensorRawData, raw));
        return Protobuf.Write(fields);
    }
}
