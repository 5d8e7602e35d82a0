using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Tools.Host;

/// <summary>Orders, implemented by the host over its order service. Every method shows only what <c>user</c> may see.</summary>
public interface IOrderTools
{
    /// <summary>The orders the user may see, most urgent first.</summary>
    /// <param name="user">The asking user.</param>
    /// <param name="filter">Which orders.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The orders.</returns>
    Task<IReadOnlyList<OrderSummary>> ListOrdersAsync(CopilotUser user, OrderFilter filter, CancellationToken cancellationToken);

    /// <summary>One order by number or id; null when it does not exist or the user may not see it.</summary>
    /// <param name="user">The asking user.</param>
    /// <param name="order">Order number or id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order, or null.</returns>
    Task<OrderSummary?> GetOrderAsync(CopilotUser user, string order, CancellationToken cancellationToken);

    /// <summary>Why the order finishes when it does (the critical chain of the live plan); null as for <see cref="GetOrderAsync"/>.</summary>
    /// <param name="user">The asking user.</param>
    /// <param name="order">Order number or id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The explanation, or null.</returns>
    Task<OrderExplanation?> ExplainOrderAsync(CopilotUser user, string order, CancellationToken cancellationToken);
}
