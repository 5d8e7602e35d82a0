using Microfactory.Planning.Model;

namespace Microfactory.Planning.Objectives;

/// <summary>Computes every objective term of a schedule.</summary>
public static class ObjectiveEvaluator
{
    /// <summary>
    /// Evaluates <paramref name="schedule"/>; <paramref name="reference"/> (the schedule before
    /// replanning) defines stability, which is 0 without it. Assignments not in the reference do not count.
    /// </summary>
    public static ObjectiveBreakdown Evaluate(Instance instance, Schedule schedule, Schedule? reference = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(schedule);
        var completion = new long[instance.Jobs.Count];
        double kwh = 0;
        decimal cost = 0;
        double co2 = 0;
        long stability = 0;
        foreach (var a in schedule.Assignments)
        {
            completion[a.Job] = Math.Max(completion[a.Job], a.EndTick);
            var (e, c, g) = EnergyIntegral.Of(instance.Energy, instance.Machines[a.Machine].PowerKw, a.StartTick, a.EndTick);
            kwh += e;
            cost += c;
            co2 += g;
            if (reference?.Find(a.Job, a.Operation) is { } before)
            {
                stability += Math.Abs(a.StartTick - before.StartTick);
                if (before.Machine != a.Machine)
                {
                    stability += a.EndTick - a.StartTick;
                }
            }
        }
        double tardiness = 0;
        for (var j = 0; j < instance.Jobs.Count; j++)
        {
            if (instance.Jobs[j].DueTick is { } due && completion[j] > due)
            {
                tardiness += instance.Jobs[j].Weight * (completion[j] - due);
            }
        }
        return new ObjectiveBreakdown(schedule.MakespanTicks, tardiness, kwh, cost, co2, stability);
    }
}
