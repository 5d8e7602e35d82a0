using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microfactory.Core.Factories;

namespace Microfactory.Core.Tests.Conventions;

/// <summary>The house rules of STYLE.md, checked so that breaking one fails the build's tests.</summary>
public sealed partial class ConventionTests
{
    [Fact]
    public void Core_ReferencesNoPackageAndNoOtherProject()
    {
        var project = XDocument.Load(Path.Combine(RepositoryFiles.Root, "src", "Microfactory.Core", "Microfactory.Core.csproj"));
        Assert.Empty(project.Descendants("PackageReference"));
        Assert.Empty(project.Descendants("ProjectReference"));
        Assert.All(typeof(Factory).Assembly.GetReferencedAssemblies(), a => Assert.True(
            a.Name!.StartsWith("System", StringComparison.Ordinal) || a.Name == "netstandard", $"Core references {a.Name}"));
    }

    [Fact]
    public void Libraries_NeverReferenceTheServerOrTheCli()
    {
        var libraries = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains("Microfactory.Server", StringComparison.Ordinal) && !p.Contains("Microfactory.Cli", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(libraries);
        foreach (var library in libraries)
        {
            var references = XDocument.Load(library).Descendants("ProjectReference").Select(r => (string)r.Attribute("Include")!).ToList();
            Assert.DoesNotContain(references, r => r.Contains("Microfactory.Server", StringComparison.Ordinal) || r.Contains("Microfactory.Cli", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Sources_TakeTimeAndRandomnessFromOutside()
    {
        // Only the composition roots may read the wall clock or make unseeded randomness; everything else gets a
        // TimeProvider or a seeded Random passed in, so the simulation and the tests can drive them.
        var offenders = RepositoryFiles.SourceFiles("*.cs")
            .Where(f => AmbientPattern().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void Sources_UseFileScopedNamespacesEqualToTheirFolder()
    {
        foreach (var file in RepositoryFiles.SourceFiles("*.cs"))
        {
            var relative = Path.GetRelativePath(Path.Combine(RepositoryFiles.Root, "src"), Path.GetDirectoryName(file)!);
            if (Path.GetFileName(file) == "Program.cs")
            {
                continue; // top-level statements have no namespace
            }
            var project = relative.Split(Path.DirectorySeparatorChar)[0];
            var expected = relative.Replace(Path.DirectorySeparatorChar, '.');
            var declared = NamespacePattern().Match(File.ReadAllText(file));
            Assert.True(declared.Success, $"{file} declares no file-scoped namespace");
            Assert.True(declared.Groups[1].Value == expected || (project == "Microfactory.Cli" && declared.Groups[1].Value.StartsWith(project, StringComparison.Ordinal)),
                $"{file}: namespace {declared.Groups[1].Value}, expected {expected}");
        }
    }

    [Fact]
    public void CoreTypes_AreImmutable()
    {
        var mutable = typeof(Factory).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsEnum && !(t.IsAbstract && t.IsSealed))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();
        Assert.Empty(mutable);
    }

    [GeneratedRegex(@"DateTime(Offset)?\.(UtcNow|Now|Today)\b|new Random\(\s*\)|Random\.Shared", RegexOptions.CultureInvariant)]
    private static partial Regex AmbientPattern();

    [GeneratedRegex(@"^namespace ([A-Za-z0-9_.]+);", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex NamespacePattern();
}
