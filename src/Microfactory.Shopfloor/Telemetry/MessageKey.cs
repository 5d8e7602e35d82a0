namespace Microfactory.Shopfloor.Telemetry;

/// <summary>
/// What makes a telemetry message unique for its machine and kind, so that a message delivered twice is counted once:
/// the sender's message id (<c>"id"</c>, text <c>id:…</c>) or its sequence number (<c>"seq"</c>, per machine and kind,
/// text <c>seq:…</c>). The two never collide, so a sender may switch from one to the other.
/// </summary>
/// <param name="Text">The stored form, <c>id:…</c> or <c>seq:…</c>.</param>
public readonly record struct MessageKey(string Text)
{
    /// <summary>The key of a message that carries the id <paramref name="id"/>.</summary>
    public static MessageKey FromId(string id) => new("id:" + id);

    /// <summary>The key of a message that carries the sequence number <paramref name="seq"/>.</summary>
    public static MessageKey FromSeq(long seq) => new("seq:" + seq.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <inheritdoc/>
    public override string ToString() => Text;
}
