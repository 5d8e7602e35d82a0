namespace Microfactory.Shopfloor.Telemetry;

/// <summary>An MQTT topic of the layout <c>mf/{factoryId}/{machineId}/{state|count|energy}</c>, read.</summary>
public sealed record TelemetryTopic(string FactoryId, string MachineId, TelemetryKind Kind)
{
    /// <summary>The topic filter that matches every telemetry topic.</summary>
    public const string Filter = "mf/+/+/+";

    /// <summary>The topic of <paramref name="kind"/> messages of a machine.</summary>
    public static string Of(string factoryId, string machineId, TelemetryKind kind) => $"mf/{factoryId}/{machineId}/{TelemetryKinds.Name(kind)}";

    /// <summary>Reads <paramref name="topic"/>; a problem (field <c>topic</c>) when it does not follow the layout.</summary>
    public static bool TryParse(string? topic, out TelemetryTopic? parsed, out TelemetryProblem? problem)
    {
        parsed = null;
        problem = null;
        var parts = (topic ?? "").Split('/');
        if (parts.Length != 4 || parts[0] != "mf" || parts[1].Length == 0 || parts[2].Length == 0)
        {
            problem = new TelemetryProblem("topic", $"topic '{Shorten(topic)}' does not follow mf/{{factoryId}}/{{machineId}}/{{state|count|energy}}.", TelemetryRejection.UnknownTopic);
            return false;
        }
        if (!TelemetryKinds.TryParse(parts[3], out var kind))
        {
            problem = new TelemetryProblem("topic", $"topic '{Shorten(topic)}' ends in '{Shorten(parts[3])}', which is none of state, count, energy.", TelemetryRejection.UnknownTopic);
            return false;
        }
        if (parts[1].Length > TelemetryLimits.MaxIdLength || parts[2].Length > TelemetryLimits.MaxIdLength)
        {
            problem = new TelemetryProblem("topic", $"topic: a factory or machine id is at most {TelemetryLimits.MaxIdLength} characters long.", TelemetryRejection.UnknownTopic);
            return false;
        }
        parsed = new TelemetryTopic(parts[1], parts[2], kind);
        return true;
    }

    /// <summary>Hostile topics can be long: logs and messages quote at most 120 characters of them.</summary>
    private static string Shorten(string? text) => text is null ? "" : text.Length <= 120 ? text : text[..120] + "…";
}
