using System.Reflection;
using System.Runtime.CompilerServices;
using Microfactory.Simulation.Engine;

namespace Microfactory.Simulation.Tests;

public sealed class ConventionTests
{
    private static readonly Assembly Simulation = typeof(Simulator).Assembly;

    [Fact]
    public void SimulationAssembly_ReferencesOnlyTheFramework()
    {
        var ours = Simulation.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Microfactory", StringComparison.Ordinal)).Select(a => a.Name);

        Assert.Empty(ours);
    }

    [Fact]
    public void LibrarySource_HasNoWallClockIoOrUnseededRandomness()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", "Microfactory.Simulation")))
        {
            directory = directory.Parent;
        }
        Assert.NotNull(directory);
        var source = Path.Combine(directory.FullName, "src", "Microfactory.Simulation");
        // double is allowed here: distributions need it. Randomness comes only from the seeded RandomStream.
        string[] forbidden = ["DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "TimeProvider", "Environment.TickCount",
            "new Random(", "Random.Shared", "Stopwatch", "System.IO", "File.", "HttpClient", "Thread.", "Task.Run", "static readonly Dictionary", "static List"];

        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var offending = files.SelectMany(f => forbidden.Where(token => File.ReadAllText(f).Contains(token, StringComparison.Ordinal)).Select(token => $"{Path.GetFileName(f)}: {token}"));

        Assert.NotEmpty(files);
        Assert.Empty(offending);
    }

    [Fact]
    public void LibrarySource_FilesStayUnderFourHundredLines()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", "Microfactory.Simulation")))
        {
            directory = directory.Parent;
        }
        Assert.NotNull(directory);
        var tooLong = Directory.EnumerateFiles(Path.Combine(directory.FullName, "src", "Microfactory.Simulation"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllLines(f).Length > 400)
            .Select(Path.GetFileName);

        Assert.Empty(tooLong);
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = Simulation.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_LiveInANamespaceMatchingTheirFolder()
    {
        var outside = Simulation.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("Microfactory.Simulation.", StringComparison.Ordinal))
            .Select(t => t.FullName);

        Assert.Empty(outside);
    }

    [Fact]
    public void PublicRecords_HaveNoSettableProperties()
    {
        var settable = Simulation.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}");

        Assert.Empty(settable);
    }
}
