using System.Reflection;
using System.Runtime.CompilerServices;
using Microfactory.Shopfloor.Telemetry;

namespace Microfactory.Shopfloor.Tests.Telemetry;

/// <summary>The telemetry part of the pure Shopfloor library: no wall clock, no I/O, no randomness; immutable public values.</summary>
public sealed class TelemetryConventionTests
{
    private static readonly Type[] TelemetryTypes = [.. typeof(TelemetryMessage).Assembly.GetExportedTypes().Where(t => t.Namespace == "Microfactory.Shopfloor.Telemetry")];

    [Fact]
    public void TelemetrySource_HasNoWallClockIoOrUnseededRandomness()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", "Microfactory.Shopfloor")))
        {
            directory = directory.Parent;
        }
        Assert.NotNull(directory);
        var source = Path.Combine(directory.FullName, "src", "Microfactory.Shopfloor", "Telemetry");
        string[] forbidden = ["DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "TimeProvider.System", "new Random(", "Random.Shared", "Stopwatch", "System.IO", "File.", "HttpClient", "Socket", "Console."];

        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories).ToList();
        var offending = files.SelectMany(f => forbidden.Where(token => File.ReadAllText(f).Contains(token, StringComparison.Ordinal)).Select(token => $"{Path.GetFileName(f)}: {token}"));

        Assert.NotEmpty(files);
        Assert.Empty(offending);
    }

    [Fact]
    public void PublicClasses_AreSealedStaticOrTheAbstractMessage()
    {
        var open = TelemetryTypes
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed) && t != typeof(TelemetryMessage))
            .Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void PublicTypes_HaveNoSettableProperties()
    {
        var settable = TelemetryTypes
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(x => $"{x.Type.Name}.{x.Property.Name}");

        Assert.NotEmpty(TelemetryTypes);
        Assert.Empty(settable);
    }
}
