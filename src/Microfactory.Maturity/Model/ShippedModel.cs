using Microfactory.Maturity.Reading;

namespace Microfactory.Maturity.Model;

/// <summary>The model document shipped with the platform (embedded <c>microfactory-maturity.yaml</c>).</summary>
public static class ShippedModel
{
    private const string ResourceName = "Microfactory.Maturity.Model.microfactory-maturity.yaml";

    /// <summary>The document's text.</summary>
    public static string Yaml { get; } = ReadText();

    /// <summary>The shipped model read and validated; it is valid (a test holds it to that).</summary>
    public static ModelReadResult Read() => ModelReader.Read(Yaml);

    private static string ReadText()
    {
        using var stream = typeof(ShippedModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
