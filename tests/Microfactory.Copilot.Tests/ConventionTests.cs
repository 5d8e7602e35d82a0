using System.Reflection;
using System.Runtime.CompilerServices;
using Microfactory.Copilot.Tools;

namespace Microfactory.Copilot.Tests;

public sealed class ConventionTests
{
    private static readonly Assembly Copilot = typeof(CopilotToolSet).Assembly;

    [Fact]
    public void CopilotAssembly_ReferencesNoneOfOursAndOnlyTheAiAbstractions()
    {
        var references = Copilot.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Microfactory", StringComparison.Ordinal));
        Assert.Contains("Microsoft.Extensions.AI.Abstractions", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.Extensions.AI.OpenAI", StringComparison.Ordinal) || r.StartsWith("System.Net.Http", StringComparison.Ordinal));
    }

    [Fact]
    public void LibrarySource_HasNoWallClockIoNetworkOrUnseededRandomness()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", "Microfactory.Copilot")))
        {
            directory = directory.Parent;
        }
        Assert.NotNull(directory);
        var source = Path.Combine(directory.FullName, "src", "Microfactory.Copilot");
        string[] forbidden = ["DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "GetUtcNow", "TimeProvider.System",
            "new Random(", "Random.Shared", "Stopwatch", "System.IO", "File.", "Directory.", "HttpClient", "Socket", "Environment."];

        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var offending = files.SelectMany(f => forbidden.Where(token => File.ReadAllText(f).Contains(token, StringComparison.Ordinal)).Select(token => $"{Path.GetFileName(f)}: {token}"));

        Assert.True(files.Count > 40, $"only {files.Count} source files found");
        Assert.Empty(offending);
    }

    [Fact]
    public void SourceFiles_StayUnderFourHundredLines()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", "Microfactory.Copilot")))
        {
            directory = directory.Parent;
        }
        var long_ = Directory.EnumerateFiles(Path.Combine(directory!.FullName, "src", "Microfactory.Copilot"), "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadLines(f).Count() > 400).Select(Path.GetFileName);

        Assert.Empty(long_);
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = Copilot.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_LiveInANamespaceMatchingTheirFolder()
    {
        var outside = Copilot.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("Microfactory.Copilot.", StringComparison.Ordinal))
            .Select(t => t.FullName);

        Assert.Empty(outside);
    }

    [Fact]
    public void PublicRecords_HaveNoSettableProperties()
    {
        var settable = Copilot.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}");

        Assert.Empty(settable);
    }
}
