using BenchmarkDotNet.Attributes;
using Microfactory.Copilot.Conversation;
using Microfactory.Copilot.Tests.Fixture;

namespace Microfactory.Copilot.Benchmarks;

/// <summary>
/// The offline engine answering one conversation over the synthetic plant (in-memory tools, three manuals): parsing,
/// tool calls, composition and citations (target: under 50 ms median per question).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class QuestionBenchmarks
{
    private SyntheticPlant _plant = null!;

    public static IEnumerable<string> Questions =>
    [
        "why is order SO-1042 late",
        "訂單 SO-1042 為什麼延誤",
        "what was the OEE of the laser last shift",
        "雷射切割機上一班的OEE是多少",
        "which supplier drives the footprint of the wall shelf",
        "what was the OEE of the laser last shift|and the press brake?",
        "how do I change the nozzle on the laser?",
        "draft an SOP for the wall shelf",
        "what should I do about the alarm on the press brake?",
    ];

    [ParamsSource(nameof(Questions))]
    public string Question { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup() => _plant = new SyntheticPlant();

    [Benchmark]
    public async Task<CopilotAnswer> Answer() => await _plant.AskAsync(PlantData.Planner, Question.Split('|'));
}
