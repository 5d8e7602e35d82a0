namespace Microfactory.Passport.Model;

/// <summary>One step of a <see cref="Reference"/>.</summary>
/// <param name="Type">What the key points at.</param>
/// <param name="Value">The identifier (for identifiables and global references) or the idShort (for referables).</param>
public sealed record Key(KeyType Type, string Value);
