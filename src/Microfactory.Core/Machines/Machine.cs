using System.Collections.Immutable;

namespace Microfactory.Core.Machines;

/// <summary>
/// A machine on a factory floor. Power draws are in kW (<see cref="IdlePowerKw"/> while switched on
/// and waiting, <see cref="WorkingPowerKw"/> while processing); <see cref="HourlyRate"/> is the
/// machine-hour cost in the factory's currency; <see cref="Capabilities"/> are capability ids.
/// </summary>
public sealed record Machine(
    string Id,
    string FactoryId,
    string Name,
    string Model,
    ImmutableArray<string> Capabilities,
    double IdlePowerKw,
    double WorkingPowerKw,
    decimal HourlyRate,
    AvailabilityCalendar Calendar);
