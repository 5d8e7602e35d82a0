using Microfactory.Core.Customers;
using Microfactory.Core.Demo;
using Microfactory.Core.Orders;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Customers;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Orders;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Simulation;

/// <summary>
/// Simulated customers of the demo factory: orders arrive as a Poisson process of <see cref="SimulationOptions.OrdersPerDay"/>
/// per simulated day, each for one of the shipped templates with parameters inside its rules, 1–4 units, wanted one
/// to two weeks out, placed through <see cref="OrderService"/> like any order; a first backlog of
/// <see cref="SimulationOptions.InitialOrders"/> when the factory has no open order. Seeded, so a run repeats.
/// </summary>
internal sealed class SimulatedDemand(OrderService orders, OrderStore store, CustomerStore customers, FactoryStore factories, IOptions<SimulationOptions> options, ILogger<SimulatedDemand> logger)
{
    public const string CustomerId = "cus_simulated";

    private static readonly (string Template, Func<Random, Dictionary<string, string>> Parameters)[] Products =
    [
        ("wall-shelf", r => new() { ["length"] = $"{r.Next(40, 91) * 10} mm" }),
        ("plywood-storage-box", _ => []),
        ("phone-stand", _ => []),
        ("sheet-metal-enclosure", _ => []),
    ];

    private readonly Random _random = new((int)(options.Value.Seed & int.MaxValue));
    private DateTimeOffset? _last;
    private bool _customerReady;

    /// <summary>Places the orders due between the last step and <paramref name="now"/> (none on the first step, which only starts the clock).</summary>
    public async Task StepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var perDay = options.Value.OrdersPerDay;
        var last = _last;
        _last = now;
        if (!await factories.ExistsAsync(KwunTongDemo.FactoryId, cancellationToken))
        {
            return;
        }
        if (last is null)
        {
            // A factory with nothing to do shows nothing: start it with a backlog.
            if ((await store.ListOpenAsync(KwunTongDemo.FactoryId, cancellationToken)).Count == 0)
            {
                for (var i = 0; i < options.Value.InitialOrders; i++)
                {
                    await PlaceAsync(now, cancellationToken);
                }
            }
            return;
        }
        if (perDay <= 0 || now <= last)
        {
            return;
        }
        // Arrivals in the interval: Poisson with mean rate × length, drawn by inversion (intervals are short, the mean small).
        var mean = perDay * (now - last.Value).TotalDays;
        var limit = Math.Exp(-mean);
        var arrivals = 0;
        for (var product = _random.NextDouble(); product > limit && arrivals < 100; product *= _random.NextDouble())
        {
            arrivals++;
        }
        for (var i = 0; i < arrivals; i++)
        {
            await PlaceAsync(now, cancellationToken);
        }
    }

    private async Task PlaceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!_customerReady)
        {
            if (await customers.GetAsync(CustomerId, cancellationToken) is null)
            {
                await customers.InsertAsync(new Customer(CustomerId, "Simulated customers", "simulated-customers@microfactory.invalid", "Demand of the simulated twin", null), now, cancellationToken);
            }
            _customerReady = true;
        }
        var factory = await factories.GetAsync(KwunTongDemo.FactoryId, cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(factory!.TimeZoneId);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var (template, parameters) = Products[_random.Next(Products.Length)];
        var input = new OrderInput(CustomerId, KwunTongDemo.FactoryId, today.AddDays(_random.Next(7, 15)), "Placed by the simulated twin's customers", OrderStatus.Submitted,
            [new OrderLineInput(template, "1.0.0", null, _random.Next(1, 5), parameters(_random))]);
        var result = await orders.CreateAsync(Caller.System, input, cancellationToken);
        if (result.Outcome != ServiceOutcome.Ok)
        {
            logger.LogWarning("Simulated customers could not order {Template}: {Problem}", template, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        }
    }
}
