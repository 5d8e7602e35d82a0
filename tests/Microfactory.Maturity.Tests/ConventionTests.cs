using System.Reflection;
using Microfactory.Maturity.Model;

namespace Microfactory.Maturity.Tests;

public sealed class ConventionTests
{
    private static readonly Assembly Maturity = typeof(MaturityModel).Assembly;

    [Fact]
    public void MaturityAssembly_ReferencesNoneOfOurs() =>
        Assert.DoesNotContain(Maturity.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microfactory", StringComparison.Ordinal));

    [Fact]
    public void LibrarySource_HasNoWallClockIoOrUnseededRandomness()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", "Microfactory.Maturity")))
        {
            directory = directory.Parent;
        }
        Assert.NotNull(directory);
        string[] forbidden = ["DateTime.Now", "DateTime.UtcNow", "DateTimeOffset.UtcNow", "new Random(", "Random.Shared", "File.", "Directory.", "HttpClient", "Console."];
        var files = Directory.EnumerateFiles(Path.Combine(directory.FullName, "src", "Microfactory.Maturity"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(files);
        Assert.Empty(files.SelectMany(f => forbidden.Where(t => File.ReadAllText(f).Contains(t, StringComparison.Ordinal)).Select(t => $"{Path.GetFileName(f)}: {t}")));
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic() =>
        Assert.Empty(Maturity.GetExportedTypes().Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed)).Select(t => t.FullName));
}
