namespace Microfactory.Planning.Solving;

/// <summary>
/// Tabu search on the disjunctive graph for the makespan (one run, one thread). Moves come
/// from <see cref="Neighbourhood"/>; the best non-tabu move by estimate is applied (a tabu
/// move is allowed when it promises a new best: aspiration); after a long stall the search
/// returns to the best solution and perturbs it with random critical moves.
/// </summary>
internal sealed class TabuSearch
{
    private const int ArcTableBits = 16;
    private readonly ProblemData _data;
    private readonly Random _random;
    private readonly TabuSettings _settings;
    private readonly Neighbourhood _neighbourhood;
    private readonly long[] _arcTabu = new long[1 << ArcTableBits];
    private readonly long[] _machineTabu;

    public TabuSearch(ProblemData data, Random random, TabuSettings settings)
    {
        _data = data;
        _random = random;
        _settings = settings;
        _neighbourhood = new Neighbourhood(data);
        _machineTabu = new long[data.OperationCount * data.MachineCount];
        Current = new SolutionState(data);
        Best = new SolutionState(data);
    }

    public SolutionState Current { get; }

    public SolutionState Best { get; }

    public long Iterations { get; private set; }

    /// <summary>The iteration in which <see cref="Best"/> was found (0: the start).</summary>
    public long BestIteration { get; private set; }

    /// <summary>
    /// Improves <paramref name="start"/> (evaluated) until <paramref name="shouldStop"/> says so
    /// (checked every 32 iterations), <paramref name="maxIterations"/> is reached, the best meets
    /// the latch's lower bound (it is then optimal), or, before an iteration, the latch says that
    /// another search met the bound in fewer iterations. <paramref name="improved"/> is called
    /// with each new best; <paramref name="firstStall"/>, if given, once, when the search first
    /// stops improving (the time to spend on a stronger bound).
    /// </summary>
    public void Run(SolutionState start, long maxIterations, BoundLatch latch, Func<bool> shouldStop, Action? firstStall, Action improved)
    {
        Current.CopyFrom(start);
        Best.CopyFrom(start);
        BestIteration = 0;
        var stall = 0;
        var emptyRestarts = 0;
        for (var iteration = 1L; iteration <= maxIterations; iteration++)
        {
            if ((iteration & 31) == 0 && shouldStop())
            {
                break;
            }
            if (Best.Makespan <= latch.LowerBound)
            {
                latch.Reached(BestIteration);
                break;
            }
            if (latch.Outrun(iteration))
            {
                break;
            }
            Iterations = iteration;
            var endOp = Neighbourhood.FindEndOperation(Current, _random);
            _neighbourhood.Build(Current, endOp, _random);
            var moves = _neighbourhood.Moves;
            if (moves.Count == 0 || stall >= _settings.StallLimit)
            {
                firstStall?.Invoke();
                firstStall = null;
                // No move at all around the critical path of the best solution, repeatedly:
                // nothing this neighbourhood can change, so stop rather than spin.
                if (moves.Count == 0 && ++emptyRestarts > 100)
                {
                    break;
                }
                Restart();
                stall = 0;
                continue;
            }
            var chosen = Choose(moves, iteration);
            if (!ApplyAndEvaluate(chosen, iteration))
            {
                stall++;
                continue;
            }
            if (Current.Makespan < Best.Makespan)
            {
                Best.CopyFrom(Current);
                BestIteration = iteration;
                stall = 0;
                improved();
            }
            else
            {
                stall++;
            }
        }
    }

    private Move Choose(List<Move> moves, long iteration)
    {
        var bestIndex = -1;
        var bestEstimate = long.MaxValue;
        var ties = 0;
        for (var i = 0; i < moves.Count; i++)
        {
            var move = moves[i];
            var allowed = !IsTabu(move, iteration) || move.Estimate < Best.Makespan;
            if (!allowed)
            {
                continue;
            }
            if (move.Estimate < bestEstimate)
            {
                bestEstimate = move.Estimate;
                bestIndex = i;
                ties = 1;
            }
            else if (move.Estimate == bestEstimate && _random.Next(++ties) == 0)
            {
                bestIndex = i;
            }
        }
        // Everything tabu and nothing aspirated: a random move keeps the search moving.
        return bestIndex >= 0 ? moves[bestIndex] : moves[_random.Next(moves.Count)];
    }

    /// <summary>
    /// A block move is tabu when it re-creates a machine arc removed recently; a reassignment
    /// is tabu when it returns an operation to a machine it left recently.
    /// </summary>
    private bool IsTabu(Move move, long iteration)
    {
        var s = Current;
        if (move.Machine != s.Machine[move.Op])
        {
            return _machineTabu[(move.Op * _data.MachineCount) + move.Machine] > iteration;
        }
        var seq = s.Sequence[move.Machine];
        var from = s.Position[move.Op];
        if (from < move.Position)
        {
            for (var p = from + 1; p <= move.Position; p++)
            {
                if (_arcTabu[ArcSlot(seq[p], move.Op)] > iteration)
                {
                    return true;
                }
            }
        }
        else
        {
            for (var p = move.Position; p < from; p++)
            {
                if (_arcTabu[ArcSlot(move.Op, seq[p])] > iteration)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static int ArcSlot(int from, int to) =>
        (int)(((uint)from * 2654435761u ^ (uint)to * 40503u) >> (32 - ArcTableBits));

    private bool ApplyAndEvaluate(Move move, long iteration)
    {
        var s = Current;
        var tenure = _random.Next(_settings.TenureMin, _settings.TenureMax + 1);
        var op = move.Op;
        var oldMachine = s.Machine[op];
        var oldPosition = s.Position[op];
        if (move.Machine == oldMachine)
        {
            // Mark the arcs this move reverses, so that the next moves do not restore them.
            var seq = s.Sequence[oldMachine];
            if (oldPosition < move.Position)
            {
                for (var p = oldPosition + 1; p <= move.Position; p++)
                {
                    _arcTabu[ArcSlot(op, seq[p])] = iteration + tenure;
                }
            }
            else
            {
                for (var p = move.Position; p < oldPosition; p++)
                {
                    _arcTabu[ArcSlot(seq[p], op)] = iteration + tenure;
                }
            }
        }
        else
        {
            _machineTabu[(op * _data.MachineCount) + oldMachine] = iteration + tenure;
        }
        s.Remove(op);
        s.Insert(op, move.Machine, move.Position);
        if (s.Evaluate())
        {
            return true;
        }
        s.Remove(op);
        s.Insert(op, oldMachine, oldPosition);
        s.Evaluate();
        return false;
    }

    private void Restart()
    {
        Current.CopyFrom(Best);
        for (var i = 0; i < _settings.PerturbationMoves; i++)
        {
            var endOp = Neighbourhood.FindEndOperation(Current, _random);
            _neighbourhood.Build(Current, endOp, _random);
            var moves = _neighbourhood.Moves;
            if (moves.Count == 0)
            {
                return;
            }
            ApplyAndEvaluate(moves[_random.Next(moves.Count)], 0);
        }
    }
}
