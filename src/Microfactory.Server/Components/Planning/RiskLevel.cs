namespace Microfactory.Server.Components.Planning;

/// <summary>
/// Lateness risk of an order on the plan: late (planned after due), at risk (less slack than
/// <see cref="PlanBoard.AtRiskSlack"/> or a tenth of the time left, whichever is more), on track, no due date, or not on
/// the plan at all (nothing can make it, or the plan has not taken it in yet).
/// </summary>
internal enum RiskLevel
{
    Late,
    AtRisk,
    OnTrack,
    NoDueDate,
    NotPlanned,
}
