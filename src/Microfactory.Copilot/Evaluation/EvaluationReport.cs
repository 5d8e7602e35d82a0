using System.Globalization;
using System.Text;

namespace Microfactory.Copilot.Evaluation;

/// <summary>The results of an evaluation run, per case and per category.</summary>
/// <param name="SetName">The set.</param>
/// <param name="Results">Every case's result, in the set's order.</param>
public sealed record EvaluationReport(string SetName, IReadOnlyList<CaseResult> Results)
{
    /// <summary>Per category, in name order.</summary>
    public IReadOnlyList<CategoryAccuracy> Categories =>
        [.. Results.GroupBy(r => r.Case.Category, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CategoryAccuracy(g.Key, g.Count(), g.Count(r => r.Passed)))];

    /// <summary>Over all cases.</summary>
    public CategoryAccuracy Overall => new("all", Results.Count, Results.Count(r => r.Passed));

    /// <summary>The median time of an answer, in milliseconds.</summary>
    public double MedianMilliseconds => Quantile(Results.Select(r => r.Milliseconds), 0.5);

    /// <summary>The 95th percentile time of an answer, in milliseconds.</summary>
    public double P95Milliseconds => Quantile(Results.Select(r => r.Milliseconds), 0.95);

    /// <summary>The median time of a category's answers.</summary>
    /// <param name="category">The category.</param>
    /// <returns>Milliseconds.</returns>
    public double MedianMillisecondsOf(string category) =>
        Quantile(Results.Where(r => string.Equals(r.Case.Category, category, StringComparison.Ordinal)).Select(r => r.Milliseconds), 0.5);

    /// <summary>The nearest-rank quantile (0 for no values).</summary>
    private static double Quantile(IEnumerable<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>A Markdown table per category and the failures, for bench/RESULTS.md.</summary>
    /// <returns>The Markdown.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Evaluation set `{SetName}`: {Overall.Correct} of {Overall.Total} correct ({Overall.Accuracy * 100:0.0} %); answer time median {MedianMilliseconds:0.0} ms, p95 {P95Milliseconds:0.0} ms.\n\n");
        text.Append("| category | questions | correct | accuracy | median ms |\n| --- | ---: | ---: | ---: | ---: |\n");
        foreach (var c in Categories)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {c.Category} | {c.Total} | {c.Correct} | {c.Accuracy * 100:0.0} % | {MedianMillisecondsOf(c.Category):0.0} |\n");
        }
        foreach (var failed in Results.Where(r => !r.Passed))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- `{failed.Case.Id}`: {string.Join("; ", failed.Failures)}");
        }
        return text.ToString();
    }
}
