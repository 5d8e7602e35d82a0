using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microfactory.Shopfloor.Machines;

namespace Microfactory.Shopfloor.Tests;

public sealed partial class ConventionTests
{
    private static readonly Assembly Shopfloor = typeof(MachineState).Assembly;

    [Fact]
    public void ShopfloorAssembly_ReferencesNoneOfOursButCore()
    {
        var ours = Shopfloor.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("Microfactory", StringComparison.Ordinal) && a.Name != "Microfactory.Core")
            .Select(a => a.Name);

        Assert.Empty(ours);
    }

    [Fact]
    public void LibrarySource_HasNoWallClockIoOrUnseededRandomness()
    {
        // double is allowed here (kW, kWh, ratios); money never lives in this library.
        string[] forbidden = ["DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "TimeProvider.System", "new Random(", "Random.Shared", "Stopwatch", "System.IO", "File.", "HttpClient", "Environment.", "float"];
        var files = SourceFiles();

        var offending = files.SelectMany(f => forbidden.Where(token => File.ReadAllText(f).Contains(token, StringComparison.Ordinal)).Select(token => $"{Path.GetFileName(f)}: {token}"));

        Assert.NotEmpty(files);
        Assert.Empty(offending);
    }

    [Fact]
    public void LibrarySource_NamespaceEqualsFolder()
    {
        var root = SourceRoot();

        var wrong = SourceFiles()
            .Select(f => (File: f, Expected: string.Join('.', new[] { "Microfactory.Shopfloor" }.Concat(Path.GetRelativePath(root, Path.GetDirectoryName(f)!).Split(Path.DirectorySeparatorChar).Where(p => p != ".")))))
            .Where(x => NamespaceLine().Match(File.ReadAllText(x.File)) is not { Success: true } match || match.Groups[1].Value != x.Expected)
            .Select(x => $"{Path.GetRelativePath(root, x.File)} should declare namespace {x.Expected};");

        Assert.Empty(wrong);
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        // An abstract base is allowed when it closes a hierarchy: every type derived from it here is sealed (TelemetryMessage).
        var types = Shopfloor.GetTypes();
        var open = Shopfloor.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Where(t => !t.IsAbstract || types.Any(d => d.IsSubclassOf(t) && !d.IsSealed) || !types.Any(d => d.IsSubclassOf(t)))
            .Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_LiveInANamespaceMatchingTheirFolder()
    {
        var outside = Shopfloor.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("Microfactory.Shopfloor.", StringComparison.Ordinal))
            .Select(t => t.FullName);

        Assert.Empty(outside);
    }

    [Fact]
    public void PublicRecords_HaveNoSettableProperties()
    {
        var settable = Shopfloor.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}");

        Assert.Empty(settable);
    }

    private static string SourceRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", "Microfactory.Shopfloor")))
        {
            directory = directory.Parent;
        }
        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "src", "Microfactory.Shopfloor");
    }

    private static List<string> SourceFiles()
    {
        var separator = Path.DirectorySeparatorChar;
        return [.. Directory.EnumerateFiles(SourceRoot(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))];
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
