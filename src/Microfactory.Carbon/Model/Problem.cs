namespace Microfactory.Carbon.Model;

/// <summary>A rule the input broke: the field (a path such as <c>materials[2].quantity</c>) and the rule.</summary>
/// <param name="Field">Path of the offending field in the input.</param>
/// <param name="Rule">What the field must satisfy, in words a user can act on.</param>
public sealed record Problem(string Field, string Rule)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Rule}";
}
