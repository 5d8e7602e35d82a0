using Microfactory.Core.Orders;

namespace Microfactory.Server.Components.Planning;

/// <summary>
/// An open order against the plan: when it is due (the promise, else the end of the requested day at the factory),
/// when the plan completes it, the slack between the two and what that means (<see cref="RiskLevel"/>).
/// </summary>
internal sealed record OrderRisk(Order Order, string? CustomerName, DateTimeOffset? Due, DateTimeOffset? PlannedCompletion, TimeSpan? Slack, RiskLevel Risk);
