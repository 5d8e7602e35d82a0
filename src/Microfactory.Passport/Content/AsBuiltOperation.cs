namespace Microfactory.Passport.Content;

/// <summary>One operation as it was performed on a unit: which machine, when, with what result and energy. Operator-free by
/// design: a passport is public, so it names machines and never people.</summary>
/// <param name="OperationId">Our operation id, for example <c>op_01</c>.</param>
/// <param name="Name">What was done, for example <c>Laser cutting</c>.</param>
/// <param name="MachineId">The machine's id, for example <c>mch_laser_1</c>.</param>
/// <param name="StartedAt">Start, written in UTC.</param>
/// <param name="EndedAt">End, not before <paramref name="StartedAt"/>, written in UTC.</param>
/// <param name="GoodCount">Good pieces produced, at least 0.</param>
/// <param name="ScrapCount">Scrapped pieces, at least 0.</param>
/// <param name="EnergyKwh">Electrical energy used, in kWh, at least 0.</param>
public sealed record AsBuiltOperation(
    string OperationId,
    string Name,
    string MachineId,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    int GoodCount,
    int ScrapCount,
    decimal EnergyKwh)
{
    /// <summary>The machine's display name, for example <c>Laser cutter 1</c>; optional.</summary>
    public string? MachineName { get; init; }
}
