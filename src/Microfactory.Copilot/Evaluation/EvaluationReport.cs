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

    /// <summary>A Markdown table per category and the failures, for bench/RESULTS.md.</summary>
    /// <returns>The Markdown.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Evaluation set `{SetName}`: {Overall.Correct} of {Overall.Total} correct ({Overall.Accuracy * 100:0.0} %).\n\n");
        text.Append("| category | questions | correct | accuracy |\n| --- | ---: | ---: | ---: |\n");
        foreach (var c in Categories)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {c.Category} | {c.Total} | {c.Correct} | {c.Accuracy * 100:0.0} % |\n");
        }
        foreach (var failed in Results.Where(r => !r.Passed))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- `{failed.Case.Id}`: {string.Join("; ", failed.Failures)}");
        }
        return text.ToString();
    }
}
