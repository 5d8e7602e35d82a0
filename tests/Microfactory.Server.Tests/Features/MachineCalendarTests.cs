using System.Net;
using System.Text;
using System.Text.Json;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features;

/// <summary>A machine's calendar: overlapping or duplicate windows and shifts are refused by index (a duplicate start was a 500), and its size is capped.</summary>
public sealed class MachineCalendarTests(EnginesFixture fixture) : IClassFixture<EnginesFixture>
{
    private static string Machine(string shifts, string downtimes) => $$$"""
        {"factoryId":"fac_kwun_tong","name":"Calendar test","model":"m","capabilities":["cap_laser_cut_metal"],"idlePowerKw":1,"workingPowerKw":5,"hourlyRate":100,
         "calendar":{"shifts":[{{{shifts}}}],"downtimes":[{{{downtimes}}}]}}
        """;

    private static string Window(string starts, string ends, string reason = "service") => $$"""{"startsAt":"{{starts}}","endsAt":"{{ends}}","reason":"{{reason}}"}""";

    /// <summary>Half-hour windows an hour apart, from 2027-01-01.</summary>
    private static string Windows(int count, int reasonLength) => string.Join(",", Enumerable.Range(0, count).Select(i =>
    {
        var start = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i);
        return Window($"{start:yyyy-MM-ddTHH:mm:ss}Z", $"{start.AddMinutes(30):yyyy-MM-ddTHH:mm:ss}Z", new string('r', reasonLength));
    }));

    private static string Shift(string day, int start, int end) => $$"""{"day":"{{day}}","startMinute":{{start}},"endMinute":{{end}}}""";

    public static TheoryData<string, string, string, string> Refused()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var engine in new[] { "sqlite", "postgres" })
        {
            // the attack: two windows with the same start
            data.Add(engine, "", Window("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z") + "," + Window("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z"), "calendar.downtimes[1]");
            // the same instant written with two offsets
            data.Add(engine, "", Window("2026-12-01T18:00:00+08:00", "2026-12-01T19:00:00+08:00") + "," + Window("2026-12-01T10:00:00Z", "2026-12-01T10:30:00Z"), "calendar.downtimes[1]");
            // starts differ below a millisecond: stored to the millisecond they would collide
            data.Add(engine, "", Window("2026-12-01T10:00:00.0001Z", "2026-12-01T10:00:00.0004Z") + "," + Window("2026-12-01T10:00:00.0002Z", "2026-12-01T10:00:00.0003Z"), "calendar.downtimes[0].endsAt");
            // overlap, listed out of order: the later one in the list is named
            data.Add(engine, "", Window("2026-12-02T10:00:00Z", "2026-12-02T12:00:00Z") + "," + Window("2026-12-02T08:00:00Z", "2026-12-02T11:00:00Z"), "calendar.downtimes[1]");
            // a long window swallowing a later short one that does not touch its neighbour
            data.Add(engine, "", Window("2026-12-03T00:00:00Z", "2026-12-04T00:00:00Z") + "," + Window("2026-12-03T01:00:00Z", "2026-12-03T02:00:00Z") + "," + Window("2026-12-03T05:00:00Z", "2026-12-03T06:00:00Z"), "calendar.downtimes[2]");
            // shifts: same start on the same day, and an overlap
            data.Add(engine, Shift("monday", 480, 720) + "," + Shift("monday", 480, 600), "", "calendar.shifts[1]");
            data.Add(engine, Shift("tuesday", 480, 720) + "," + Shift("monday", 0, 1440) + "," + Shift("tuesday", 700, 900), "", "calendar.shifts[2]");
            // caps
            data.Add(engine, "", Windows(201, 10), "calendar.downtimes");
            data.Add(engine, "", Window("2027-01-01T00:00:00Z", "2027-01-01T01:00:00Z", new string('r', 501)), "calendar.downtimes[0].reason");
            data.Add(engine, string.Join(",", Enumerable.Range(0, 71).Select(i => Shift("monday", i * 20, i * 20 + 10))), "", "calendar.shifts");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Create_WithOverlappingOrOversizedCalendar_Is400NamingTheEntryAndWritesNothing(string engine, string shifts, string downtimes, string field)
    {
        var host = fixture.Host(engine);
        using var admin = host.Admin();
        var before = await admin.GetStringAsync("/api/v1/machines?pageSize=200");
        var response = await admin.PostAsync("/api/v1/machines", Json(Machine(shifts, downtimes)));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.All(problem.GetProperty("errors").EnumerateObject(), e => Assert.StartsWith("calendar.", e.Name, StringComparison.Ordinal));
        Assert.Equal(before, await admin.GetStringAsync("/api/v1/machines?pageSize=200"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Update_WithDuplicateDowntimeStart_Is400AndKeepsTheMachine(string engine)
    {
        var host = fixture.Host(engine);
        using var admin = host.Admin();
        var created = await admin.PostAsync("/api/v1/machines", Json(Machine(Shift("monday", 480, 1020), Window("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z"))));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        var stored = await admin.GetStringAsync(location);

        var duplicate = Machine(Shift("monday", 480, 1020), Window("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z") + "," + Window("2026-12-01T10:00:00Z", "2026-12-01T10:15:00Z"));
        await ProblemAssert.IsProblemAsync(await admin.PutAsync(location, Json(duplicate)), HttpStatusCode.BadRequest, "calendar.downtimes[1]");
        Assert.Equal(stored, await admin.GetStringAsync(location));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Create_WithTouchingWindowsAndShifts_IsStoredInOrder(string engine)
    {
        var host = fixture.Host(engine);
        using var admin = host.Admin();
        var shifts = Shift("monday", 720, 1020) + "," + Shift("monday", 480, 720);
        var downtimes = Window("2026-12-01T11:00:00Z", "2026-12-01T12:00:00Z", "second") + "," + Window("2026-12-01T10:00:00Z", "2026-12-01T11:00:00Z", "first");
        var created = await admin.PostAsync("/api/v1/machines", Json(Machine(shifts, downtimes)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var calendar = JsonDocument.Parse(await admin.GetStringAsync(created.Headers.Location!.ToString())).RootElement.GetProperty("calendar");
        Assert.Equal(["first", "second"], calendar.GetProperty("downtimes").EnumerateArray().Select(d => d.GetProperty("reason").GetString()));
        Assert.Equal([480, 720], calendar.GetProperty("shifts").EnumerateArray().Select(s => s.GetProperty("startMinute").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Create_AtTheCaps_IsAccepted(string engine)
    {
        var host = fixture.Host(engine);
        using var admin = host.Admin();
        var created = await admin.PostAsync("/api/v1/machines", Json(Machine(Shift("friday", 0, 1440), Windows(200, 500))));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var stored = JsonDocument.Parse(await admin.GetStringAsync(created.Headers.Location!.ToString())).RootElement;
        Assert.Equal(200, stored.GetProperty("calendar").GetProperty("downtimes").GetArrayLength());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
