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

    /// <summary>
    /// Improves <paramref name="start"/> (evaluated) until <paramref name="shouldStop"/> says so
    /// (checked every 32 iterations) or <paramref name="maxIterations"/> is reached, or the best
    /// reaches <paramref name="lowerBound"/>. <paramref name="improved"/> is called with each new best.
    /// </summary>
    public void Run(SolutionState start, long maxIterations, long lowerBound, Func<bool> shouldStop, Action<long> improved)
    {
        Current.CopyFrom(start);
        Best.CopyFrom(start);
        var stall = 0;
        var emptyRestarts = 0;
        for (var iteration = 1L; iteration <= maxIterations; iteration++)
        {
            if ((iteration & 31) == 0 && shouldStop())
            {
                break;
            }
            if (Best.Makespan <= lowerBound)
            {
                break;
            }
            Iterations = iteration;
            var endOp = Neighbourhood.FindEndOperation(Current, _random);
            _neighbourhood.Build(Current, endOp, _random);
            var moves = _neighbourhood.Moves;
            if (moves.Count == 0 || stall >= _settings.StallLimit)
            {
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
                stall = 0;
                improved(Best.Makespan);
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

    private bool IsTabu(Move move, long iteration) => move.IsSwap
        ? _arcTabu[ArcSlot(move.Other, move.Op)] > iteration
        : _machineTabu[(move.Op * _data.MachineCount) + move.Machine] > iteration;

    private static int ArcSlot(int from, int to) =>
        (int)(((uint)from * 2654435761u ^ (uint)to * 40503u) >> (32 - ArcTableBits));

    private bool ApplyAndEvaluate(Move move, long iteration)
    {
        var s = Current;
        var tenure = _random.Next(_settings.TenureMin, _settings.TenureMax + 1);
        if (move.IsSwap)
        {
            s.SwapAdjacent(move.Op, move.Other);
            if (!s.Evaluate())
            {
                s.SwapAdjacent(move.Other, move.Op);
                s.Evaluate();
                return false;
            }
            // Forbid restoring the arc op -> other for a while.
            _arcTabu[ArcSlot(move.Op, move.Other)] = iteration + tenure;
            return true;
        }
        var oldMachine = s.Machine[move.Op];
        var oldPosition = s.Position[move.Op];
        s.Remove(move.Op);
        s.Insert(move.Op, move.Machine, move.Position);
        if (!s.Evaluate())
        {
            s.Remove(move.Op);
            s.Insert(move.Op, oldMachine, oldPosition);
            s.Evaluate();
            return false;
        }
        _machineTabu[(move.Op * _data.MachineCount) + oldMachine] = iteration + tenure;
        return true;
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
