using System.Reflection;
using Microfactory.Design.Templates;

namespace Microfactory.Design.Tests;

/// <summary>Conventions of the library, as tests that can fail.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Library = typeof(Template).Assembly;

    [Fact]
    public void Library_References_OnlyTheFrameworkAndYamlDotNet()
    {
        var references = Library.GetReferencedAssemblies().Select(a => a.Name!).Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard").ToList();

        Assert.Equal(["YamlDotNet"], references);
    }

    [Fact]
    public void PublicTypes_AreSealedStaticEnumsOrInterfaces()
    {
        var open = Library.GetExportedTypes().Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed)).Select(t => t.FullName).ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void Types_NamespaceMatchesFolderRoot()
    {
        var outside = Library.GetTypes().Where(t => t.Namespace is null || !t.Namespace.StartsWith("Microfactory.Design", StringComparison.Ordinal))
            .Where(t => !(t.FullName ?? "<").Contains('<', StringComparison.Ordinal) && t.Namespace is not ("System.Text.RegularExpressions.Generated" or "Microsoft.CodeAnalysis" or "System.Runtime.CompilerServices"))
            .Select(t => t.FullName).ToList();

        Assert.Empty(outside);
    }

    [Fact]
    public void StaticFields_AreReadOnly()
    {
        var mutable = Library.GetTypes()
            .Where(t => !t.Name.StartsWith('<') && t.Namespace?.StartsWith("Microfactory.Design", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.Name.Contains('<', StringComparison.Ordinal))
            .Select(f => f.DeclaringType!.Name + "." + f.Name)
            .ToList();

        Assert.Empty(mutable);
    }
}
