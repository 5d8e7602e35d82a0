using Microfactory.Planning.Objectives;

namespace Microfactory.Planning.Solving;

/// <summary>
/// Tabu search for objectives other than the pure makespan. Candidate moves come from the
/// makespan critical path, the critical chain of a tardy job, and machine reassignments of
/// random operations (energy depends on the machine); a sample of them is evaluated exactly
/// (apply, re-time, score, undo) because heads and tails no longer predict the objective.
/// </summary>
internal sealed class ObjectiveSearch
{
    private const int SampleSize = 24;
    private readonly ProblemData _data;
    private readonly Random _random;
    private readonly StateScorer _scorer;
    private readonly TabuSettings _settings;
    private readonly Neighbourhood _neighbourhood;
    private readonly List<Move> _candidates = new(128);
    private readonly long[] _opTabu;

    public ObjectiveSearch(ProblemData data, Random random, StateScorer scorer, TabuSettings settings)
    {
        _data = data;
        _random = random;
        _scorer = scorer;
        _settings = settings;
        _neighbourhood = new Neighbourhood(data);
        _opTabu = new long[data.OperationCount];
        Current = new SolutionState(data);
        Best = new SolutionState(data);
    }

    public SolutionState Current { get; }

    public SolutionState Best { get; }

    public ObjectiveBreakdown? BestScore { get; private set; }

    public long Iterations { get; private set; }

    public void Run(SolutionState start, long maxIterations, Func<bool> shouldStop, Action<ObjectiveBreakdown> improved)
    {
        Current.CopyFrom(start);
        Best.CopyFrom(start);
        BestScore = _scorer.Score(start);
        var stall = 0;
        for (var iteration = 1L; iteration <= maxIterations; iteration++)
        {
            if ((iteration & 7) == 0 && shouldStop())
            {
                break;
            }
            Iterations = iteration;
            CollectCandidates();
            if (_candidates.Count == 0 || stall >= _settings.StallLimit / 4)
            {
                Current.CopyFrom(Best);
                Perturb();
                stall = 0;
                continue;
            }
            var (move, score) = ChooseExactly(iteration);
            if (score is null)
            {
                stall++;
                continue;
            }
            Current.Remove(move.Op);
            Current.Insert(move.Op, move.Machine, move.Position);
            Current.Evaluate();
            _opTabu[move.Op] = iteration + _random.Next(_settings.TenureMin, _settings.TenureMax + 1);
            if (_scorer.Compare(score, BestScore) < 0)
            {
                Best.CopyFrom(Current);
                BestScore = score;
                stall = 0;
                improved(score);
            }
            else
            {
                stall++;
            }
        }
    }

    private void CollectCandidates()
    {
        _candidates.Clear();
        _neighbourhood.Build(Current, Neighbourhood.FindEndOperation(Current, _random), _random);
        _candidates.AddRange(_neighbourhood.Moves);
        if (_scorer.NeedsTardiness)
        {
            var job = _scorer.MostTardyJob(Current, _random);
            if (job >= 0)
            {
                _neighbourhood.Build(Current, Current.CompletionOperation(job), _random);
                _candidates.AddRange(_neighbourhood.Moves);
            }
        }
        if (_scorer.NeedsEnergy)
        {
            for (var i = 0; i < 8; i++)
            {
                AddRandomReassignment();
            }
        }
    }

    private void AddRandomReassignment()
    {
        var op = _random.Next(_data.OperationCount);
        var options = _data.OptionStart[op + 1] - _data.OptionStart[op];
        if (options < 2)
        {
            return;
        }
        var machine = _data.OptionMachine[_data.OptionStart[op] + _random.Next(options)];
        if (machine == Current.Machine[op])
        {
            return;
        }
        // Insert where the operation's current start would fall in the target sequence.
        var seq = Current.Sequence[machine];
        var len = Current.SequenceLength[machine];
        var position = 0;
        while (position < len && Current.Start[seq[position]] <= Current.Start[op])
        {
            position++;
        }
        _candidates.Add(new Move(op, machine, position, 0));
    }

    private (Move Move, ObjectiveBreakdown? Score) ChooseExactly(long iteration)
    {
        // Sample without replacement by partial Fisher–Yates over the candidate list.
        var count = Math.Min(SampleSize, _candidates.Count);
        Move chosen = default;
        ObjectiveBreakdown? chosenScore = null;
        for (var i = 0; i < count; i++)
        {
            var pick = i + _random.Next(_candidates.Count - i);
            (_candidates[i], _candidates[pick]) = (_candidates[pick], _candidates[i]);
            var move = _candidates[i];
            var score = Try(move);
            if (score is null)
            {
                continue;
            }
            var tabu = _opTabu[move.Op] > iteration && _scorer.Compare(score, BestScore!) >= 0;
            if (!tabu && (chosenScore is null || _scorer.Compare(score, chosenScore) < 0))
            {
                chosen = move;
                chosenScore = score;
            }
        }
        if (chosenScore is null)
        {
            // Trying moves left stale times behind; the caller applies and re-times a chosen move itself.
            Current.Evaluate();
        }
        return (chosen, chosenScore);
    }

    /// <summary>Scores a move exactly and undoes it in the sequences (times stay stale); null when it would create a cycle.</summary>
    private ObjectiveBreakdown? Try(Move move)
    {
        var s = Current;
        var oldMachine = s.Machine[move.Op];
        var oldPosition = s.Position[move.Op];
        s.Remove(move.Op);
        s.Insert(move.Op, move.Machine, move.Position);
        var score = s.Evaluate() ? _scorer.Score(s) : null;
        s.Remove(move.Op);
        s.Insert(move.Op, oldMachine, oldPosition);
        return score;
    }

    private void Perturb()
    {
        for (var i = 0; i < _settings.PerturbationMoves; i++)
        {
            CollectCandidates();
            if (_candidates.Count == 0)
            {
                return;
            }
            var move = _candidates[_random.Next(_candidates.Count)];
            var oldMachine = Current.Machine[move.Op];
            var oldPosition = Current.Position[move.Op];
            Current.Remove(move.Op);
            Current.Insert(move.Op, move.Machine, move.Position);
            if (!Current.Evaluate())
            {
                Current.Remove(move.Op);
                Current.Insert(move.Op, oldMachine, oldPosition);
                Current.Evaluate();
            }
        }
    }
}
