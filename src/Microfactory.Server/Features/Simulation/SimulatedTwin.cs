using System.Security.Cryptography;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Features.Telemetry;
using Microfactory.Simulation.Engine;
using Microfactory.Simulation.Model;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Simulation;

/// <summary>
/// The simulated twin: every step (<see cref="SimulationOptions.StepInterval"/> of real time) it hands each factory's
/// newest plan version to a <see cref="Simulator"/> of its machines, runs it up to the server's (simulated) present and
/// ingests what the machines reported — state, counts, energy — through <see cref="TelemetryIngest"/>, the path real
/// machines use (over the MQTT broker when one is configured, <see cref="TwinMqttPublisher"/>); execution, OEE, alarms and the plan follow from there. The simulated customers of
/// <see cref="SimulatedDemand"/> keep orders coming. The clock's position is saved so a restart continues it.
/// </summary>
internal sealed class SimulatedTwin(
    LivePlans plans, FactoryStore factories, MachineStore machines, TelemetryIngest ingest, Execution.ExecutionTelemetryStore meters, SimulationClockStore clockStore,
    SimulatedDemand demand, TwinMqttPublisher mqtt, TimeProvider time, IOptions<SimulationOptions> options, ILogger<SimulatedTwin> logger) : BackgroundService
{
    private static readonly TimeSpan SaveEvery = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, FactoryTwin> _twins = new(StringComparer.Ordinal);
    private readonly string _runId = Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();

    private SimulationOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Simulated twin on: {SpeedUp}× real time, a step every {Step} ms", Options.SpeedUp, Options.StepInterval.TotalMilliseconds);
        var lastSave = DateTimeOffset.MinValue;
        using var timer = new PeriodicTimer(Options.StepInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await StepAsync(stoppingToken);
                    if (TimeProvider.System.GetUtcNow() - lastSave >= SaveEvery)
                    {
                        await clockStore.SaveAsync(time.GetUtcNow(), TimeProvider.System.GetUtcNow(), stoppingToken);
                        lastSave = TimeProvider.System.GetUtcNow();
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Simulated twin step failed; the next step tries again");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One step: demand, then each factory's machines up to now.</summary>
    internal async Task StepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await demand.StepAsync(now, cancellationToken);
        var (list, _) = await factories.ListAsync(0, PageRequest.MaxPageSize, cancellationToken);
        foreach (var factory in list)
        {
            var twin = _twins.GetValueOrDefault(factory.Id) ?? await CreateAsync(factory.Id, now, cancellationToken);
            if (twin is null)
            {
                continue;
            }
            _twins[factory.Id] = twin;
            var plan = plans.Peek(factory.Id) ?? await plans.CurrentAsync(factory.Id, cancellationToken);
            if (plan.Version != twin.PlanVersion)
            {
                var replaced = twin.Simulator.ReplacePlan(TwinPlan.Operations(plan, twin.Epoch, twin.MachineIds));
                if (!replaced.IsSuccess)
                {
                    logger.LogWarning("Simulated twin of {Factory} keeps its plan: version {Version} was refused ({Error})", factory.Id, plan.Version, replaced.Error);
                }
                twin.PlanVersion = plan.Version;
            }
            twin.Simulator.RunUntil(Math.Max(twin.Simulator.Now, (long)(now - twin.Epoch).TotalSeconds));
            IReadOnlyList<Shopfloor.Telemetry.TelemetryMessage> messages = twin.Sink.Drain();
            if (mqtt.Enabled && messages.Count > 0)
            {
                // Through the broker, as real machines report; whatever it would not take goes in process (same ids: counted once).
                messages = await mqtt.PublishAsync(messages, cancellationToken);
            }
            for (var start = 0; start < messages.Count; start += TelemetryService.MaxBatchMessages)
            {
                await ingest.IngestAsync([.. messages.Skip(start).Take(TelemetryService.MaxBatchMessages)], TelemetrySources.Simulation, null, cancellationToken);
            }
        }
    }

    private async Task<FactoryTwin?> CreateAsync(string factoryId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (items, _) = await machines.ListAsync(factoryId, 0, PageRequest.MaxPageSize, cancellationToken);
        if (items.Count == 0)
        {
            return null;
        }
        var o = Options;
        var specs = items.Select(m => new MachineSpec(m.Id, Math.Max(0, m.IdlePowerKw), Math.Max(0, m.WorkingPowerKw), o.ScrapRate, o.DurationCv)
            .WithFailures(o.MtbfHours * 3600, o.MttrMinutes * 60)).ToList();
        // Each factory draws from its own stream of the seed, so adding a factory changes no other's run.
        var seed = o.Seed ^ (long)(uint)StringComparer.Ordinal.GetHashCode(factoryId);
        var model = SimulationModel.Create(specs, [], seed, o.MeterIntervalSeconds);
        if (!model.IsSuccess)
        {
            logger.LogWarning("Simulated twin of {Factory} cannot run: {Error}", factoryId, model.Error);
            return null;
        }
        var sink = new TwinSink(factoryId, now, _runId);
        foreach (var machine in items)
        {
            sink.SetMeterOffset(machine.Id, await meters.LastMeterKwhAsync(machine.Id, cancellationToken) ?? 0);
        }
        logger.LogInformation("Simulated twin of {Factory}: {Machines} machines from {Epoch:u}", factoryId, items.Count, now);
        return new FactoryTwin(new Simulator(model.Model, sink), sink, now, items.Select(m => m.Id).ToHashSet(StringComparer.Ordinal));
    }

    private sealed class FactoryTwin(Simulator simulator, TwinSink sink, DateTimeOffset epoch, IReadOnlySet<string> machineIds)
    {
        public Simulator Simulator { get; } = simulator;

        public TwinSink Sink { get; } = sink;

        /// <summary>The present at tick 0.</summary>
        public DateTimeOffset Epoch { get; } = epoch;

        public IReadOnlySet<string> MachineIds { get; } = machineIds;

        public long PlanVersion { get; set; } = -1;
    }
}
