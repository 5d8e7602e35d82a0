using Microfactory.Design.Geometry;

namespace Microfactory.Design.Tests.TestSupport;

/// <summary>Runs a generator as the evaluator does (with its element bound), numbers only: missing trailing arguments are 0, texts empty.</summary>
internal static class GeneratorRuns
{
    public static GeneratorOutput Generate(this Generator generator, double[] numbers, CancellationToken cancellationToken = default)
    {
        var count = generator.Info.Arguments.Count;
        var padded = numbers.Concat(Enumerable.Repeat(0.0, Math.Max(0, count - numbers.Length))).ToArray();
        return generator.Run(padded, [.. Enumerable.Repeat("", count)], cancellationToken);
    }

    /// <summary>With texts by argument name, e.g. ("engrave_text", "BOX 1").</summary>
    public static GeneratorOutput Generate(this Generator generator, double[] numbers, params (string Name, string Text)[] texts)
    {
        var count = generator.Info.Arguments.Count;
        var padded = numbers.Concat(Enumerable.Repeat(0.0, Math.Max(0, count - numbers.Length))).ToArray();
        var byIndex = generator.Info.Arguments.Select(a => texts.FirstOrDefault(t => t.Name == a.Name).Text ?? "").ToArray();
        return generator.Run(padded, byIndex, CancellationToken.None);
    }
}
