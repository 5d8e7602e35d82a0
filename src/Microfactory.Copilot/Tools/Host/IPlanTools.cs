using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Tools.Host;

/// <summary>The live plan, implemented by the host over its planning service.</summary>
public interface IPlanTools
{
    /// <summary>The live plan's current version and its KPIs; null before anything is planned.</summary>
    /// <param name="user">The asking user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The plan, or null.</returns>
    Task<PlanSnapshot?> GetLivePlanAsync(CopilotUser user, CancellationToken cancellationToken);
}
