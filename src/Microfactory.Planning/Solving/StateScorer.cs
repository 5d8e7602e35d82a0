using Microfactory.Planning.Model;
using Microfactory.Planning.Objectives;

namespace Microfactory.Planning.Solving;

/// <summary>
/// Scores an evaluated <see cref="SolutionState"/> under an <see cref="Objective"/> without
/// building a schedule: the search's exact evaluation for objectives other than the makespan.
/// </summary>
internal sealed class StateScorer
{
    private readonly ProblemData _data;
    private readonly Objective _objective;
    private readonly long[] _referenceStart;
    private readonly int[] _referenceMachine;
    private readonly bool _needsEnergy;
    private readonly bool _needsTardiness;
    private readonly bool _needsStability;

    public StateScorer(ProblemData data, Objective objective, Schedule? reference)
    {
        _data = data;
        _objective = objective;
        _referenceStart = new long[data.OperationCount];
        _referenceMachine = new int[data.OperationCount];
        Array.Fill(_referenceMachine, -1);
        if (reference is not null)
        {
            for (var op = 0; op < data.OperationCount; op++)
            {
                if (reference.Find(data.OpJob[op], data.OpIndex[op]) is { } a)
                {
                    _referenceStart[op] = a.StartTick;
                    _referenceMachine[op] = a.Machine;
                }
            }
        }
        var terms = objective.Terms.ToHashSet();
        _needsEnergy = terms.Contains(ObjectiveTerm.EnergyCost) || terms.Contains(ObjectiveTerm.KgCo2e);
        _needsTardiness = terms.Contains(ObjectiveTerm.WeightedTardiness);
        _needsStability = terms.Contains(ObjectiveTerm.Stability) && reference is not null;
    }

    public bool NeedsTardiness => _needsTardiness;

    public bool NeedsEnergy => _needsEnergy;

    public ObjectiveBreakdown Score(SolutionState s)
    {
        var instance = _data.Instance;
        double tardiness = 0;
        if (_needsTardiness)
        {
            for (var j = 0; j < _data.JobCount; j++)
            {
                var last = s.CompletionOperation(j);
                if (instance.Jobs[j].DueTick is { } due && s.End(last) > due)
                {
                    tardiness += instance.Jobs[j].Weight * (s.End(last) - due);
                }
            }
        }
        double kwh = 0;
        decimal cost = 0;
        double co2 = 0;
        long stability = 0;
        for (var op = 0; op < _data.OperationCount; op++)
        {
            if (_needsEnergy)
            {
                var (e, c, g) = EnergyIntegral.Of(instance.Energy, instance.Machines[s.Machine[op]].PowerKw, s.Start[op], s.End(op));
                kwh += e;
                cost += c;
                co2 += g;
            }
            if (_needsStability && _referenceMachine[op] >= 0)
            {
                stability += Math.Abs(s.Start[op] - _referenceStart[op]) + (_referenceMachine[op] != s.Machine[op] ? s.Time[op] : 0);
            }
        }
        return new ObjectiveBreakdown(s.Makespan, tardiness, kwh, cost, co2, stability);
    }

    /// <summary>The job whose completion exceeds its due date the most (weighted), or -1.</summary>
    public int MostTardyJob(SolutionState s, Random random)
    {
        var best = -1;
        double worst = 0;
        for (var j = 0; j < _data.JobCount; j++)
        {
            var last = s.CompletionOperation(j);
            if (_data.Instance.Jobs[j].DueTick is { } due && s.End(last) > due)
            {
                var value = _data.Instance.Jobs[j].Weight * (s.End(last) - due) * (0.5 + random.NextDouble());
                if (value > worst)
                {
                    worst = value;
                    best = j;
                }
            }
        }
        return best;
    }

    public int Compare(ObjectiveBreakdown a, ObjectiveBreakdown b) => _objective.Compare(a, b);
}
