namespace Microfactory.Copilot.Evaluation;

/// <summary>Accuracy of one category.</summary>
/// <param name="Category">The category.</param>
/// <param name="Total">Cases.</param>
/// <param name="Correct">Correct answers.</param>
public sealed record CategoryAccuracy(string Category, int Total, int Correct)
{
    /// <summary>Correct over total, 0–1.</summary>
    public decimal Accuracy => Total == 0 ? 0 : (decimal)Correct / Total;
}
