namespace Microfactory.Passport.Model;

/// <summary>An AAS <c>File</c>: a document or model file by path or URI (named FileElement to stay clear of System.IO.File).</summary>
/// <param name="ContentType">The MIME type, for example <c>application/pdf</c>.</param>
/// <param name="Value">The package-relative path or absolute URI, or null when not yet known.</param>
public sealed record FileElement(string ContentType, string? Value) : SubmodelElement
{
    /// <inheritdoc/>
    public override string ModelType => "File";

    /// <inheritdoc/>
    public override KeyType KeyType => KeyType.File;
}
