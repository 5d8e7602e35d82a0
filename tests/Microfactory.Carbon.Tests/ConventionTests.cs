using System.Reflection;
using System.Runtime.CompilerServices;
using Microfactory.Carbon.Calculation;

namespace Microfactory.Carbon.Tests;

public sealed class ConventionTests
{
    private static readonly Assembly Carbon = typeof(FootprintCalculator).Assembly;

    [Fact]
    public void CarbonAssembly_ReferencesOnlyTheFramework()
    {
        var ours = Carbon.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Microfactory", StringComparison.Ordinal)).Select(a => a.Name);

        Assert.Empty(ours);
    }

    [Fact]
    public void LibrarySource_HasNoWallClockIoOrUnseededRandomness()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", "Microfactory.Carbon")))
        {
            directory = directory.Parent;
        }
        Assert.NotNull(directory);
        var source = Path.Combine(directory.FullName, "src", "Microfactory.Carbon");
        string[] forbidden = ["DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "new Random(", "Random.Shared", "Stopwatch", "System.IO", "File.", "HttpClient", "double", "float"];

        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var offending = files.SelectMany(f => forbidden.Where(token => File.ReadAllText(f).Contains(token, StringComparison.Ordinal)).Select(token => $"{Path.GetFileName(f)}: {token}"));

        Assert.NotEmpty(files);
        Assert.Empty(offending);
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = Carbon.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_LiveInANamespaceMatchingTheirFolder()
    {
        var outside = Carbon.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("Microfactory.Carbon.", StringComparison.Ordinal))
            .Select(t => t.FullName);

        Assert.Empty(outside);
    }

    [Fact]
    public void PublicRecords_HaveNoSettableProperties()
    {
        var settable = Carbon.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}");

        Assert.Empty(settable);
    }
}
