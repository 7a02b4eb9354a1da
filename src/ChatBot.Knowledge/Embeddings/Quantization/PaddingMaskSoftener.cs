using System.Buffers.Binary;

namespace ChatBot.Knowledge;

/// <summary>
/// Rewrites ArcticXs's additive attention mask so a padding key's score is lowered by 70 instead of by float's lowest
/// value (the export computes <c>(1 - mask) * -3.4e38</c> once and every layer adds it before its softmax).
/// </summary>
/// <remarks>
/// ONNX Runtime's softmax clamps exp's argument at about -88, so each padding key came out as a denormal float (about
/// 6e-39, then scaled by 1/sum), and on x86 without flush-to-zero each denormal result costs a microcode assist. In
/// batches of 16 sorted by length about a fifth of the keys are padding; the softmax took about 12 % of the int8
/// model's CPU, mostly in those assists (session.set_denormal_as_zero gave about the same gain in a test, but it sets
/// the flag of the thread that creates the session, not of the thread-pool threads that run it). With -70 the padding
/// exponent stays in the normal range while the key's score is within about 17 of the row's largest, and its weight
/// e^-70 (4e-31) is far below the resolution of the row's sum (at least 1, the largest key's own term), so the real
/// keys' probabilities round to the same floats: on 1,300 news sentences every int8 vector kept a cosine of 1.000000
/// with the unrewritten model's, for about 9 % less CPU per sentence (tools/ChatBot.Benchmarks embed). -80 left most
/// exponents below the clamp (no gain); -60 and -50 were no faster than -70 and let the padding rows' own attention
/// change, which only feeds the int8 activation ranges but moved a few vectors (min cosine 0.9989 and 0.9983).
/// </remarks>
internal static class PaddingMaskSoftener
{
    /// <summary>What a padding key's score is lowered by.</summary>
    public const float PaddingScore = -70f;

    /// <summary>Mask fillers at least this low are the export's "minus infinity" (float.MinValue); a softened one is not.</summary>
    private const float ExportedFiller = -1e30f;

    // ONNX field numbers (onnx.proto): GraphProto.node = 1; NodeProto.attribute = 5; AttributeProto.name = 1, .t = 5;
    // TensorProto.dims = 1, .data_type = 2, .raw_data = 9; TensorProto.DataType FLOAT = 1.
    private const int GraphNode = 1;
    private const int NodeAttribute = 5;
    private const int AttributeName = 1;
    private const int AttributeTensor = 5;
    private const int TensorDims = 1;
    private const int TensorDataType = 2;
    private const int TensorRawData = 9;
    private const int FloatType = 1;

    /// <returns>The rewritten model; throws <see cref="InvalidDataException"/> when no softmax reads the exported mask.</returns>
    public static byte[] Soften(byte[] model)
    {
        var onnx = OnnxModel.Read(model);
        var nodes = onnx.Nodes();
        var producers = nodes.SelectMany(n => n.Outputs.Select(o => (o, n))).ToDictionary(p => p.o, p => p.n, StringComparer.Ordinal);
        var readers = nodes.SelectMany(n => n.Inputs).GroupBy(i => i, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        // Each softmax reads Add(scores, mask), the mask being Mul(1 - attention_mask, filler) with the filler a
        // scalar Constant read by that Mul alone.
        var fillers = nodes.Where(n => n.Op == "Softmax")
            .Select(s => producers.GetValueOrDefault(s.Inputs[0]))
            .Where(add => add is { Op: "Add", Inputs.Length: 2 })
            .SelectMany(add => add!.Inputs.Select(producers.GetValueOrDefault))
            .Where(mul => mul is { Op: "Mul", Inputs.Length: 2 })
            .SelectMany(mul => mul!.Inputs.Select(producers.GetValueOrDefault))
            .OfType<OnnxNode>()
            .Where(c => c.Op == "Constant" && readers.GetValueOrDefault(c.Outputs[0]) == 1 && ScalarValue(c) is <= ExportedFiller)
            .DistinctBy(c => c.Index)
            .ToList();
        if (fillers.Count == 0)
        {
            throw new InvalidDataException("No softmax in the model adds the exported attention mask (a Constant filler of float's lowest value).");
        }

        foreach (var filler in fillers)
        {
            onnx.Graph[filler.Index] = Protobuf.Bytes(GraphNode, WithScalarValue(filler, PaddingScore));
        }

        return onnx.Write();
    }

    /// <summary>The float a Constant node holds as a scalar (its <c>value</c> tensor, raw data of 4 bytes); null otherwise.</summary>
    private static float? ScalarValue(OnnxNode constant)
    {
        var tensor = ValueTensor(constant);
        return tensor is not null && tensor.All(f => f.Number != TensorDims)
            && tensor.FirstOrDefault(f => f.Number == TensorDataType)?.Varint == FloatType
            && tensor.FirstOrDefault(f => f.Number == TensorRawData)?.Bytes is { Length: sizeof(float) } raw
            ? BinaryPrimitives.ReadSingleLittleEndian(raw.Span)
            : null;
    }

    private static List<WireField>? ValueTensor(OnnxNode constant) =>
        ValueAttribute(constant) is { } attribute && attribute.FirstOrDefault(f => f.Number == AttributeTensor) is { } tensor ? Protobuf.Read(tensor.Bytes) : null;

    /// <summary>The node with its <c>value</c> tensor's raw data replaced by <paramref name="value"/>.</summary>
    private static byte[] WithScalarValue(OnnxNode constant, float value)
    {
        var raw = new byte[sizeof(float)];
        BinaryPrimitives.WriteSingleLittleEndian(raw, value);
        var attribute = ValueAttribute(constant)!;
        var tensor = ValueTensor(constant)!.Select(f => f.Number == TensorRawData ? Protobuf.Bytes(TensorRawData, raw) : f);
        var rewritten = attribute.Select(f => f.Number == AttributeTensor ? Protobuf.Bytes(AttributeTensor, Protobuf.Write(tensor)) : f);
        return Protobuf.Write(constant.Fields.Select(f => IsValue(f) ? Protobuf.Bytes(NodeAttribute, Protobuf.Write(rewritten)) : f));
    }

    private static List<WireField>? ValueAttribute(OnnxNode constant) => constant.Fields.FirstOrDefault(IsValue) is { } field ? Protobuf.Read(field.Bytes) : null;

    private static bool IsValue(WireField field) =>
        field.Number == NodeAttribute && Protobuf.Read(field.Bytes).FirstOrDefault(f => f.Number == AttributeName)?.Text == "value";
}
