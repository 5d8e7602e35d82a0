using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Tools.Host;

/// <summary>Digital product passports, implemented by the host over its passport service.</summary>
public interface IPassportTools
{
    /// <summary>A unit's passport; null when there is none or it is not the user's to see.</summary>
    /// <param name="user">The asking user.</param>
    /// <param name="serial">The unit's serial.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The passport, or null.</returns>
    Task<PassportSummary?> GetPassportAsync(CopilotUser user, string serial, CancellationToken cancellationToken);
}
