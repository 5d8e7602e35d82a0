using System.Reflection;
using System.Runtime.CompilerServices;
using Microfactory.Planning.Model;

namespace Microfactory.Planning.Tests;

public sealed class ConventionTests
{
    private static readonly Assembly Planning = typeof(Instance).Assembly;

    [Fact]
    public void PlanningAssembly_ReferencesOnlyTheFramework()
    {
        var ours = Planning.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Microfactory", StringComparison.Ordinal)).Select(a => a.Name);

        Assert.Empty(ours);
    }

    [Fact]
    public void LibrarySource_HasNoWallClockOrUnseededRandomness()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", "Microfactory.Planning")))
        {
            directory = directory.Parent;
        }
        Assert.NotNull(directory);
        var source = Path.Combine(directory.FullName, "src", "Microfactory.Planning");
        string[] forbidden = ["DateTime.Now", "DateTime.UtcNow", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "new Random()", "Random.Shared", "Stopwatch"];

        var offending = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => forbidden.Where(token => File.ReadAllText(f).Contains(token, StringComparison.Ordinal)).Select(token => $"{Path.GetFileName(f)}: {token}"));

        Assert.Empty(offending);
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = Planning.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_LiveInANamespaceMatchingTheirFolder()
    {
        var outside = Planning.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("Microfactory.Planning.", StringComparison.Ordinal))
            .Select(t => t.FullName);

        Assert.Empty(outside);
    }
}
