using Microfactory.Shopfloor.Alarms;
using Microfactory.Shopfloor.Execution;
using Microfactory.Shopfloor.Machines;

namespace Microfactory.Shopfloor.Tests.Alarms;

/// <summary>Shared helpers: times are minutes after 2026-11-30 10:00 UTC; machine mch_1 idles at 2 kW and works at 10 kW.</summary>
internal static class AlarmTestData
{
    public static DateTimeOffset Base { get; } = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset At(double minutes) => Base.AddMinutes(minutes);

    public static MachineObservation Machine(MachineState state, double sinceMinutes = -120, IReadOnlyList<EnergySample>? energy = null, string id = "mch_1") =>
        new(id, state, At(sinceMinutes), 2, 10, energy ?? []);

    /// <summary>Readings every minute from <paramref name="fromMinutes"/> to <paramref name="toMinutes"/> for a steady draw of <paramref name="kw"/>.</summary>
    public static List<EnergySample> Steady(double kw, int fromMinutes, int toMinutes, double startKwh = 100) =>
        [.. Enumerable.Range(fromMinutes, toMinutes - fromMinutes + 1).Select(m => new EnergySample(At(m), startKwh + (kw * (m - fromMinutes) / 60.0)))];

    public static OperationObservation Operation(double plannedMinutes, double startMinutes = 0, OperationState state = OperationState.Running, IReadOnlyList<OperationPause>? pauses = null, string id = "op_1") =>
        new(id, "mch_1", state, At(startMinutes), plannedMinutes * 60, pauses ?? []);

    public static AlarmObservations Observe(double nowMinutes, IReadOnlyList<MachineObservation>? machines = null, IReadOnlyList<OperationObservation>? operations = null) =>
        new(At(nowMinutes), machines ?? [], operations ?? []);

    public static AlarmDecision Decide(AlarmObservations observations, IReadOnlyList<Alarm>? open = null, AlarmSettings? settings = null)
    {
        var evaluation = AlarmEvaluator.Evaluate(observations, open ?? [], settings);
        Assert.True(evaluation.IsSuccess, evaluation.Error);
        return evaluation.Decision;
    }
}
