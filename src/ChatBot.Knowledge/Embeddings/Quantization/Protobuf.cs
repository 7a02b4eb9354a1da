using System.Text;

namespace ChatBot.Knowledge;

/// <summary>
/// The protobuf wire format, as much as rewriting an ONNX model needs (no schema compiler, no generated classes): a
/// message is read as its list of fields and written back field by field, so fields this code does not know survive.
/// </summary>
internal static class Protobuf
{
    private const int VarintType = 0;
    private const int Fixed64Type = 1;
    private const int LengthDelimitedType = 2;
    private const int Fixed32Type = 5;

    public static List<WireField> Read(ReadOnlyMemory<byte> message)
    {
        var fields = new List<WireField>();
        var data = message.Span;
        var position = 0;
        while (position < data.Length)
        {
            var tag = ReadVarint(data, ref position);
            var number = (int)(tag >> 3);
            var wireType = (int)(tag & 7);
            switch (wireType)
            {
                case VarintType:
                    fields.Add(new WireField(number, wireType, ReadVarint(data, ref position), ReadOnlyMemory<byte>.Empty));
                    break;
                case Fixed64Type or Fixed32Type:
                    var size = wireType == Fixed64Type ? 8 : 4;
                    fields.Add(new WireField(number, wireType, 0, message.Slice(position, size)));
                    position += size;
                    break;
                case LengthDelimitedType:
                    var length = checked((int)ReadVarint(data, ref position));
                    fields.Add(new WireField(number, wireType, 0, message.Slice(position, length)));
                    position += length;
                    break;
                default:
                    throw new InvalidDataException($"Protobuf wire type {wireType} (groups) is not supported.");
            }
        }

        return fields;
    }

    /// <summary>
    /// Writes into one array of the exact size (a model is rewritten as a whole: a growing stream and its final copy
    /// held up to three times its 90 MB at once, raising the host's peak memory on a cold start).
    /// </summary>
    public static byte[] Write(IEnumerable<WireField> fields)
    {
        var list = fields as IReadOnlyList<WireField> ?? fields.ToList();
        long size = 0;
        foreach (var field in list)
        {
            size += VarintLength(((ulong)field.Number << 3) | (uint)field.WireType);
            size += field.WireType switch
            {
                VarintType => VarintLength(field.Varint),
                LengthDelimitedType => VarintLength((ulong)field.Bytes.Length) + field.Bytes.Length,
                _ => field.Bytes.Length,
            };
        }

        var buffer = new byte[checked((int)size)];
        var position = 0;
        foreach (var field in list)
        {
            WriteVarint(buffer, ref position, ((ulong)field.Number << 3) | (uint)field.WireType);
            if (field.WireType == VarintType)
            {
                WriteVarint(buffer, ref position, field.Varint);
                continue;
            }

            if (field.WireType == LengthDelimitedType)
            {
                WriteVarint(buffer, ref position, (ulong)field.Bytes.Length);
            }

            field.Bytes.Span.CopyTo(buffer.AsSpan(position));
            position += field.Bytes.Length;
        }

        return buffer;
    }

    public static WireField Bytes(int number, byte[] value) => new(number, LengthDelimitedType, 0, value);

    public static WireField Text(int number, string value) => Bytes(number, Encoding.UTF8.GetBytes(value));

    public static WireField Varint(int number, long value) => new(number, VarintType, (ulong)value, ReadOnlyMemory<byte>.Empty);

    /// <summary>The values of a repeated integer field, packed or not.</summary>
    public static IEnumerable<long> Varints(IEnumerable<WireField> fields, int number)
    {
        foreach (var field in fields.Where(f => f.Number == number))
        {
            if (field.WireType == VarintType)
            {
                yield return (long)field.Varint;
                continue;
            }

            var position = 0;
            while (position < field.Bytes.Length)
            {
                yield return (long)ReadVarint(field.Bytes.Span, ref position);
            }
        }
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new InvalidDataException("A protobuf varint is longer than 10 bytes.");
    }

    private static int VarintLength(ulong value)
    {
        var length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }

        return length;
    }

    private static void WriteVarint(byte[] buffer, ref int position, ulong value)
    {
        while (value >= 0x80)
        {
            buffer[position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[position++] = (byte)value;
    }
}
