namespace Microfactory.Core.Orders;

/// <summary>
/// What a quoted option costs the customer, in <see cref="Currency"/> (ISO 4217, the factory's), each part rounded
/// to cents; <see cref="Total"/> is the sum of the rounded parts, so the breakdown always adds up.
/// </summary>
/// <param name="Currency">ISO 4217 code of every amount.</param>
/// <param name="Total">Materials + machine time + energy + labour + overhead + margin.</param>
/// <param name="Materials">The designs' bills of materials × quantities.</param>
/// <param name="MachineTime">Occupied machine hours × the machines' hourly rates.</param>
/// <param name="Energy">kWh at the factory's tariff in the hours the work runs.</param>
/// <param name="Labour">Occupied machine hours × the labour rate.</param>
/// <param name="Overhead">The overhead rate × (machine time + energy + labour).</param>
/// <param name="Margin">The margin rate × everything before it.</param>
public sealed record PriceBreakdown(string Currency, decimal Total, decimal Materials, decimal MachineTime, decimal Energy, decimal Labour, decimal Overhead, decimal Margin);
