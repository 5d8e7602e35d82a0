using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microfactory.Passport.Content;

namespace Microfactory.Passport.Tests;

/// <summary>The Passport library stays a pure library: no clock, no file system, no network, no unseeded randomness (the AASX
/// code works on streams the caller passes), no other Microfactory project, and a deliberate public surface.</summary>
public sealed partial class ConventionTests
{
    private static readonly Assembly Passport = typeof(PassportBuilder).Assembly;

    [Fact]
    public void PassportAssembly_ReferencesNoOtherMicrofactoryProject()
    {
        var ours = Passport.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Microfactory", StringComparison.Ordinal)).Select(a => a.Name);

        Assert.Empty(ours);
    }

    [Fact]
    public void LibrarySource_HasNoWallClockFileSystemNetworkOrUnseededRandomness()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", "Microfactory.Passport")))
        {
            directory = directory.Parent;
        }
        Assert.NotNull(directory);
        var files = Directory.EnumerateFiles(Path.Combine(directory.FullName, "src", "Microfactory.Passport"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var offending = files.SelectMany(f => Forbidden().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Value}"));

        Assert.True(files.Count > 20);
        Assert.Empty(offending);
    }

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = Passport.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_LiveInANamespaceUnderPassport()
    {
        var outside = Passport.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("Microfactory.Passport.", StringComparison.Ordinal))
            .Select(t => t.FullName);

        Assert.Empty(outside);
    }

    [Fact]
    public void PublicRecords_HaveNoSettableProperties()
    {
        var settable = Passport.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}");

        Assert.Empty(settable);
    }

    [GeneratedRegex(@"DateTime(Offset)?\.(Now|UtcNow|Today)|new Random\(|Random\.Shared|Stopwatch|TimeProvider\.System|\bFile\.|\bDirectory\.|FileStream|HttpClient|Socket|Environment\.GetEnvironmentVariable", RegexOptions.CultureInvariant)]
    private static partial Regex Forbidden();
}
