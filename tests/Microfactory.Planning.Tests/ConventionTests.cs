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
