using Microfactory.Core.Orders;
using Microfactory.Design.Evaluation;
using Microfactory.Server.Application;
using Microfactory.Server.Components.Shared;
using Microfactory.Server.Features.Capabilities;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Features.Templates;
using Microfactory.Shopfloor.Execution;

namespace Microfactory.Server.Components.Shopfloor;

/// <summary>
/// The operator terminal's view of the shop floor, read-only: each machine's queue from the live plan in force and the
/// operations' shop-floor states (work runs where it was started, done work leaves the queue), and the instructions
/// for the head of a queue from its line's design. Moves go through <see cref="ExecutionService"/>, never through here.
/// </summary>
internal sealed class MachineQueue(
    LivePlans plans, ExecutionStore runs, ExecutionService execution, OrderStore orders, MachineStore machines, FactoryStore factories,
    CapabilityStore capabilities, TemplateService templates, TimeProvider time)
{
    /// <summary>A machine's queue and the instructions for its head; null for an unknown machine.</summary>
    public async Task<MachineQueueView?> BuildAsync(string machineId, CancellationToken cancellationToken)
    {
        var machine = machineId.Length <= 100 ? await machines.GetAsync(machineId, cancellationToken) : null;
        var factory = machine is null ? null : await factories.GetAsync(machine.FactoryId, cancellationToken);
        if (machine is null || factory is null)
        {
            return null;
        }
        var snapshot = await plans.CurrentAsync(factory.Id, cancellationToken);
        var queues = await QueuesAsync(snapshot, cancellationToken);
        var items = queues.TryGetValue(machine.Id, out var queue) ? queue : [];
        var instructions = items.Count == 0 ? null : await InstructionsAsync(items[0], cancellationToken);
        return new MachineQueueView(factory, machine, snapshot.Version, items, instructions);
    }

    /// <summary>Every machine of the factory's plan with the length and head of its queue, in the plan's machine order.</summary>
    public async Task<IReadOnlyList<MachineSummary>> OverviewAsync(string factoryId, CancellationToken cancellationToken)
    {
        var snapshot = await plans.CurrentAsync(factoryId, cancellationToken);
        var queues = await QueuesAsync(snapshot, cancellationToken);
        return [.. snapshot.Model.Machines.Select(m => queues.TryGetValue(m.Id, out var q) ? new MachineSummary(m, q.Count, q[0]) : new MachineSummary(m, 0, null))];
    }

    private async Task<Dictionary<string, List<QueueItem>>> QueuesAsync(LivePlanSnapshot snapshot, CancellationToken cancellationToken)
    {
        var planned = PlanResponses.From(snapshot, time.GetUtcNow()).Operations;
        var started = await runs.RunsOfOpenOrdersAsync(snapshot.FactoryId, cancellationToken);
        var done = started.Values.Where(r => r.State == OperationState.Done).Select(r => r.OperationId).ToHashSet(StringComparer.Ordinal);
        var orderCache = new Dictionary<string, Order?>(StringComparer.Ordinal);
        var queues = new Dictionary<string, List<QueueItem>>(StringComparer.Ordinal);
        var onPlan = new HashSet<string>(StringComparer.Ordinal);

        async Task AddAsync(string machineId, string operationId, string orderId, string lineId, int unit, string stepId, string state, PlanOperationResponse? op)
        {
            if (!orderCache.TryGetValue(orderId, out var order))
            {
                orderCache[orderId] = order = await orders.GetAsync(orderId, cancellationToken);
            }
            var line = order?.Lines.FirstOrDefault(l => l.Id == lineId);
            var waits = op is null ? [] : op.After.Where(a => !done.Contains(a)).Select(a => StepLabel(OperationIds.TryParse(a, out _, out _, out var s) ? s : a)).ToList();
            var item = new QueueItem(operationId, orderId, OrderText.Label(orderId), line?.Description ?? "", unit, line?.Quantity ?? 1, stepId, StepLabel(stepId), state,
                op?.Start, op?.End, op?.Late ?? false, op?.Pinned ?? false, waits);
            if (!queues.TryGetValue(machineId, out var queue))
            {
                queues[machineId] = queue = [];
            }
            queue.Add(item);
        }

        foreach (var op in planned)
        {
            onPlan.Add(op.OperationId);
            var run = started.GetValueOrDefault(op.OperationId);
            if (run?.State == OperationState.Done)
            {
                continue; // done a moment ago; the next plan version drops it
            }
            // Started work is where it runs, whatever machine the plan had in mind.
            await AddAsync(run?.MachineId ?? op.MachineId, op.OperationId, op.OrderId, op.LineId, op.Unit, op.StepId,
                OperationLifecycle.Name(run?.State ?? OperationState.Released), op);
        }
        // Started a moment ago and not on the plan in force yet.
        foreach (var run in started.Values.Where(r => r.State is OperationState.Running or OperationState.Paused && !onPlan.Contains(r.OperationId)))
        {
            await AddAsync(run.MachineId, run.OperationId, run.OrderId, run.LineId, run.Unit, run.StepId, OperationLifecycle.Name(run.State), null);
        }
        foreach (var queue in queues.Values)
        {
            queue.Sort(static (a, b) =>
            {
                var byState = Rank(a.State).CompareTo(Rank(b.State));
                if (byState != 0)
                {
                    return byState;
                }
                var byStart = Nullable.Compare(a.PlannedStart, b.PlannedStart);
                return byStart != 0 ? byStart : string.CompareOrdinal(a.OperationId, b.OperationId);
            });
        }
        return queues;
    }

    private async Task<WorkInstructions?> InstructionsAsync(QueueItem item, CancellationToken cancellationToken)
    {
        var order = await orders.GetAsync(item.OrderId, cancellationToken);
        var line = OperationIds.TryParse(item.OperationId, out var lineId, out _, out _) ? order?.Lines.FirstOrDefault(l => l.Id == lineId) : null;
        if (line is null)
        {
            return null;
        }
        var found = await templates.GetAsync(line.TemplateId, line.TemplateVersion, cancellationToken);
        if (found.Outcome != ServiceOutcome.Ok)
        {
            return null;
        }
        var template = found.Value.Template;
        var catalog = await templates.CatalogAsync(cancellationToken);
        var design = TemplateService.Evaluate(template, line.Parameters, catalog, new EvaluationOptions { IncludeGeometry = false }, cancellationToken).Design;
        var step = design?.Routing.FirstOrDefault(s => s.Id == item.StepId);
        if (design is null || step is null)
        {
            return null;
        }
        var capability = (await capabilities.ListAsync(cancellationToken)).FirstOrDefault(c => c.Id == step.CapabilityId);
        var query = TemplateFiles.Query(line.Parameters);
        var files = template.Geometry
            .SelectMany(g => g.Formats.Select(f => new DesignFileLink($"{g.File}.{f}", Kind(f),
                $"catalogue/{Uri.EscapeDataString(line.TemplateId)}/{Uri.EscapeDataString(line.TemplateVersion)}/files/{Uri.EscapeDataString($"{g.File}.{f}")}{query}")))
            .ToList();
        var record = await execution.GetOperationAsync(item.OperationId, cancellationToken);
        var run = record.Outcome == ServiceOutcome.Ok ? record.Value : null;
        var pause = item.State == "paused" ? run?.Events.LastOrDefault(e => e.Action == "pause")?.Reason : null;
        return new WorkInstructions(string.IsNullOrWhiteSpace(step.Description) ? null : step.Description, capability?.Name ?? step.CapabilityId,
            step.SetupSeconds, step.RunSeconds,
            [.. design.Parameters.Select(p => (p.Name.Replace('_', ' '), p.Text is { } text && catalog.Find(text) is { } material ? material.Name : p.Display))], files, run?.Serial, run?.StartedAt, run?.RunSeconds ?? 0, pause);
    }

    /// <summary>"powder coat" for powder-coat: step ids as words.</summary>
    public static string StepLabel(string stepId) => stepId.Replace('-', ' ').Replace('_', ' ');

    private static int Rank(string state) => state switch
    {
        "running" => 0,
        "paused" => 1,
        _ => 2,
    };

    private static string Kind(string format) => format switch
    {
        "svg" => "drawing (SVG)",
        "dxf" => "CAD drawing (DXF)",
        "stl" => "3D model (STL)",
        _ => format.ToUpperInvariant(),
    };
}
