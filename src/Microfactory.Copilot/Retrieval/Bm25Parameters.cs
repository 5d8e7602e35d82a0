namespace Microfactory.Copilot.Retrieval;

/// <summary>The two BM25 constants.</summary>
/// <param name="K1">Term-frequency saturation (1.2: a term's fifth occurrence adds little).</param>
/// <param name="B">Length normalisation, 0–1 (0.75: long sections are discounted most of the way).</param>
public sealed record Bm25Parameters(double K1 = 1.2, double B = 0.75)
{
    /// <summary>The usual values (Robertson and Zaragoza; Lucene's defaults).</summary>
    public static Bm25Parameters Default { get; } = new();
}
