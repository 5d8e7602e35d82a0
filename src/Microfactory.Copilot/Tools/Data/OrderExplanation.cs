namespace Microfactory.Copilot.Tools.Data;

/// <summary>Why an order finishes when it does: the chain of operations and waits that ends at its completion.</summary>
/// <param name="Order">The order.</param>
/// <param name="PlanVersion">The plan version the explanation was made from.</param>
/// <param name="Chain">The critical chain, first link first.</param>
public sealed record OrderExplanation(OrderSummary Order, Citation PlanVersion, IReadOnlyList<ChainLink> Chain);
