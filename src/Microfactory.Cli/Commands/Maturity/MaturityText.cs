using System.Globalization;
using Microfactory.Maturity.Evidence;
using Microfactory.Maturity.Model;
using Microfactory.Maturity.Roadmaps;
using Microfactory.Maturity.Scoring;
using Microfactory.Server.Features.Maturity;

namespace Microfactory.Cli.Commands.Maturity;

/// <summary>The words and numbers <c>mf maturity show</c> and the Markdown export share, as the /maturity page writes them.</summary>
internal static class MaturityText
{
    public static string Date(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Index(double? index) => index is { } i ? i.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    public static string Level(int? level) => level?.ToString(CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A figure's value in its unit ("40 %", "12 days", "3"), or "no data yet".</summary>
    public static string Value(FigureEvidence f) => f.Value is not { } v ? "no data yet" : f.Rule.Unit switch
    {
        FigureUnit.Share => (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %",
        FigureUnit.Days => v.ToString("0", CultureInfo.InvariantCulture) + " days",
        _ => v.ToString("0", CultureInfo.InvariantCulture),
    };

    /// <summary>One figure behind a measured level: "label: value (level n): detail", or why it has no value.</summary>
    public static string Figure(FigureEvidence f) => f.Status switch
    {
        FigureStatus.Measured => $"{f.Rule.Label}: {Value(f)} (level {Level(f.Level)}): {f.Detail}",
        FigureStatus.NoDataYet => $"{f.Rule.Label}: no data yet: {f.Detail}",
        _ => $"{f.Rule.Label}: not recorded by the platform yet (planned capability).",
    };

    /// <summary>Claimed minus measured now, or null when either is missing.</summary>
    public static int? Gap(int? claimed, int? measured) => claimed is { } c && measured is { } m ? c - m : null;

    /// <summary>The gap in words: "+2 claimed" (the claim runs ahead of the evidence), "-1" (the evidence is ahead), "0", "—".</summary>
    public static string GapText(int? gap) => gap switch
    {
        null => "—",
        > 0 => $"+{gap} claimed",
        _ => gap.Value.ToString(CultureInfo.InvariantCulture),
    };

    public static string Reason(StepReason reason) => reason switch
    {
        StepReason.EvidenceGap => "back the claim",
        StepReason.Prerequisite => "prerequisite",
        _ => "to target",
    };

    /// <summary>Where a step is done: the platform page, the API (documented in the reference) or the capability still to come.</summary>
    public static string Where(RoadmapStep step) => step.Link switch
    {
        { } api when api.StartsWith("/api/v1/", StringComparison.Ordinal) => $"API: {step.LinkLabel} {api} (see /api/reference)",
        { } page => $"Page: {step.LinkLabel} {page}",
        null => $"Planned capability: {step.Planned}",
    };

    /// <summary>The dimensions that moved between two assessments, in model order: "Planning and scheduling +1".</summary>
    public static IEnumerable<string> Moves(MaturityModel model, Progress progress) =>
        progress.Dimensions.Where(d => d.Change is not null and not 0)
            .Select(d => $"{model.Find(d.DimensionId)?.Name ?? d.DimensionId} {(d.Change > 0 ? "+" : "")}{d.Change}");

    public static double? ClaimedIndex(MaturityModel model, Assessment? assessment) => assessment is null ? null : MaturityScore.Index(model, assessment.Levels);

    public static double? MeasuredIndex(MaturityModel model, EvidenceReport evidence) => MaturityScore.Index(model, evidence.KnownLevels);
}
