using Microfactory.Planning.Formats;
using Microfactory.Planning.Model;

namespace Microfactory.Planning.Tests;

/// <summary>Access to the benchmark instances copied next to the test assembly, and small hand-made instances.</summary>
internal static class TestInstances
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "instances");

    public static IEnumerable<string> AllFiles() =>
        Directory.EnumerateFiles(Root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".fjs", StringComparison.Ordinal) || (f.EndsWith(".txt", StringComparison.Ordinal) && f.Contains("jssp", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(Root, f))
            .Order(StringComparer.Ordinal);

    public static Instance Load(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        var format = path.EndsWith(".fjs", StringComparison.Ordinal) ? InstanceFormat.Fjs : InstanceFormat.Jsp;
        var result = InstanceParser.Parse(File.ReadAllText(path), format, Path.GetFileNameWithoutExtension(path));
        Assert.True(result.IsSuccess, result.Error);
        return result.Instance;
    }

    public static Instance Create(IReadOnlyList<Job> jobs, int machines) =>
        Create(jobs, [.. Enumerable.Range(0, machines).Select(Machine.Plain)]);

    public static Instance Create(IReadOnlyList<Job> jobs, IReadOnlyList<Machine> machines, EnergyProfile? energy = null)
    {
        var result = Instance.Create("test", jobs, machines, energy);
        Assert.True(result.IsSuccess, result.Error);
        return result.Instance;
    }

    /// <summary>A job whose operations each run on one machine: pairs of (machine, duration).</summary>
    public static Job Chain(params (int Machine, long Duration)[] steps) =>
        new([.. steps.Select(s => new Operation([new MachineOption(s.Machine, s.Duration)]))]);
}
