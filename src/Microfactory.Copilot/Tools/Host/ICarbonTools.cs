using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Tools.Host;

/// <summary>Footprints and supplier coverage, implemented by the host over its carbon service.</summary>
public interface ICarbonTools
{
    /// <summary>The published estimate of a template's default design; null when unknown.</summary>
    /// <param name="user">The asking user.</param>
    /// <param name="templateId">The template.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The footprint, or null.</returns>
    Task<FootprintSummary?> GetTemplateFootprintAsync(CopilotUser user, string templateId, CancellationToken cancellationToken);

    /// <summary>A produced unit's actual footprint; null when unknown, not finished, or not the user's to see.</summary>
    /// <param name="user">The asking user.</param>
    /// <param name="serial">The unit's serial.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The footprint, or null.</returns>
    Task<FootprintSummary?> GetUnitFootprintAsync(CopilotUser user, string serial, CancellationToken cancellationToken);

    /// <summary>Supplier coverage over a period (the last 90 days when null); null when nothing was completed.</summary>
    /// <param name="user">The asking user.</param>
    /// <param name="period">The period, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The coverage, or null.</returns>
    Task<SupplierCoverage?> GetSupplierCoverageAsync(CopilotUser user, Period? period, CancellationToken cancellationToken);
}
