using System.Text;

namespace ChatBot.Knowledge;

/// <summary>
/// One field of a protobuf message as it is on the wire: its number, wire type and payload (a nested message stays
/// bytes). Payloads read from a message are slices of it, not copies: a 90 MB model is not held several times over.
/// </summary>
internal sealed record WireField(int Number, int WireType, ulong Varint, ReadOnlyMemory<byte> Bytes)
{
    public string Text => Encoding.UTF8.GetString(Bytes.Span);
}
