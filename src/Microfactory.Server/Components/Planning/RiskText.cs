using Microfactory.Server.Components.Shared;

namespace Microfactory.Server.Components.Planning;

/// <summary>How the plan page writes lateness risk: a key for tests and styles, a word for people, a badge colour.</summary>
internal static class RiskText
{
    public static string Key(RiskLevel risk) => risk switch
    {
        RiskLevel.Late => "late",
        RiskLevel.AtRisk => "at-risk",
        RiskLevel.OnTrack => "on-track",
        RiskLevel.NoDueDate => "no-due-date",
        _ => "not-planned",
    };

    public static string Text(RiskLevel risk) => risk switch
    {
        RiskLevel.Late => "Late",
        RiskLevel.AtRisk => "At risk",
        RiskLevel.OnTrack => "On track",
        RiskLevel.NoDueDate => "No due date",
        _ => "Not planned",
    };

    public static string Badge(RiskLevel risk) => risk switch
    {
        RiskLevel.Late => "mf-risk-late",
        RiskLevel.AtRisk => "mf-risk-at-risk",
        RiskLevel.OnTrack => "mf-risk-on-track",
        _ => "mf-risk-unplanned",
    };

    /// <summary>"3 h 05 min", "−45 min" (late), "—" (no due date or not planned).</summary>
    public static string Slack(TimeSpan? slack) => slack switch
    {
        null => "—",
        { } s when s < TimeSpan.Zero => "−" + FactoryTime.Span(s),
        { } s => FactoryTime.Span(s),
    };
}
