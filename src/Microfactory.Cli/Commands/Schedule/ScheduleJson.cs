using System.Text.Json;
using Microfactory.Planning.Model;

namespace Microfactory.Cli.Commands.Schedule;

/// <summary>Writes the benchmark JSON: instance, makespan and 0-based assignments.</summary>
internal static class ScheduleJson
{
    public static async Task WriteAsync(Stream stream, string instance, Planning.Model.Schedule schedule, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("instance", instance);
        writer.WriteNumber("makespan", schedule.MakespanTicks);
        writer.WriteStartArray("assignments");
        foreach (var a in schedule.Assignments)
        {
            WriteAssignment(writer, a);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    private static void WriteAssignment(Utf8JsonWriter writer, Assignment a)
    {
        writer.WriteStartObject();
        writer.WriteNumber("job", a.Job);
        writer.WriteNumber("operation", a.Operation);
        writer.WriteNumber("machine", a.Machine);
        writer.WriteNumber("start", a.StartTick);
        writer.WriteNumber("end", a.EndTick);
        writer.WriteEndObject();
    }
}
