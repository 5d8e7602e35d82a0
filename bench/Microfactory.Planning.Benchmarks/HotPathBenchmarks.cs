using BenchmarkDotNet.Attributes;
using Microfactory.Planning.Formats;
using Microfactory.Planning.Model;
using Microfactory.Planning.Solving;

namespace Microfactory.Planning.Benchmarks;

/// <summary>The inner loop of the search on mk10 (240 operations, 15 machines): re-timing, neighbourhood, iterations.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class HotPathBenchmarks
{
    private SolutionState _state = null!;
    private Neighbourhood _neighbourhood = null!;
    private ProblemData _data = null!;
    private Random _random = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "instances", "mk10.fjs"));
        var instance = InstanceParser.Parse(text, InstanceFormat.Fjs, "mk10").Instance!;
        _data = new ProblemData(instance);
        _random = new Random(1);
        _state = new SolutionState(_data);
        Dispatcher.Build(_state, DispatchRule.MostWorkRemaining, _random);
        _state.Evaluate();
        _neighbourhood = new Neighbourhood(_data);
    }

    /// <summary>Full forward/backward pass: heads, tails, makespan.</summary>
    [Benchmark]
    public bool EvaluateMk10() => _state.Evaluate();

    /// <summary>Critical path plus all block moves and reassignments with estimates.</summary>
    [Benchmark]
    public int NeighbourhoodMk10()
    {
        _neighbourhood.Build(_state, Neighbourhood.FindEndOperation(_state, _random), _random);
        return _neighbourhood.Moves.Count;
    }

    /// <summary>Constructive start: the best of the dispatching rules.</summary>
    [Benchmark]
    public long ConstructMk10() => Solver.Construct(_data, new Random(1), 0, new StateScorer(_data, Objectives.Objective.Makespan, null)).Makespan;

    /// <summary>1,000 tabu iterations from the constructive start (single thread).</summary>
    [Benchmark]
    public long TabuThousandIterationsMk10()
    {
        var search = new TabuSearch(_data, new Random(3), TabuSettings.For(_data));
        search.Run(_state, 1_000, new BoundLatch(0, reproducible: true), static () => false, null, static () => { });
        return search.Best.Makespan;
    }
}
