using Microfactory.Copilot.Tools.Data;

namespace Microfactory.Copilot.Tools.Host;

/// <summary>The shop floor, implemented by the host over telemetry, OEE, alarms and downtime records.</summary>
public interface IMachineTools
{
    /// <summary>Machine states; all machines when <paramref name="machineId"/> is null.</summary>
    /// <param name="user">The asking user.</param>
    /// <param name="machineId">One machine, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The states (empty for an unknown machine).</returns>
    Task<IReadOnlyList<MachineStatus>> GetMachineStatesAsync(CopilotUser user, string? machineId, CancellationToken cancellationToken);

    /// <summary>OEE over a period: one machine, or every machine and the factory (its row has the factory's id) when null.</summary>
    /// <param name="user">The asking user.</param>
    /// <param name="machineId">One machine, or null.</param>
    /// <param name="period">The period.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The figures (empty when there was no planned production time).</returns>
    Task<IReadOnlyList<OeeFigures>> GetOeeAsync(CopilotUser user, string? machineId, Period period, CancellationToken cancellationToken);

    /// <summary>Alarms, newest first.</summary>
    /// <param name="user">The asking user.</param>
    /// <param name="machineId">One machine, or null for all.</param>
    /// <param name="openOnly">Only alarms still open or acknowledged but not cleared.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The alarms.</returns>
    Task<IReadOnlyList<AlarmRecord>> GetAlarmsAsync(CopilotUser user, string? machineId, bool openOnly, CancellationToken cancellationToken);

    /// <summary>Downtime, repair and scrap records over a period, oldest first.</summary>
    /// <param name="user">The asking user.</param>
    /// <param name="machineId">One machine, or null for all.</param>
    /// <param name="period">The period.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records.</returns>
    Task<IReadOnlyList<MaintenanceEvent>> GetMaintenanceHistoryAsync(CopilotUser user, string? machineId, Period period, CancellationToken cancellationToken);
}
