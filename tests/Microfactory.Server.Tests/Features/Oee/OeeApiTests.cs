using System.Net;
using System.Text.Json;
using Microfactory.Core.Access;
using Microfactory.Server.Tests.Support;
using static Microfactory.Server.Tests.Features.Oee.OeeCalls;

namespace Microfactory.Server.Tests.Features.Oee;

/// <summary>
/// GET /api/v1/factories/{id}/oee through the real API, against figures worked out by hand. The scenario (Hong Kong time):
/// machine A works Monday and Tuesday 08:00–16:00, with planned maintenance Tuesday 08:00–10:00; machine B works the night
/// Monday 22:00 – Tuesday 06:00, stored as Monday 22:00–24:00 plus Tuesday 00:00–06:00.
/// A: idle since Sunday 20:00 (before any window), running 08:00, broken down 11:00, running 12:00, off 16:30. Counts: 10:00
/// 10 good of the shelf line's unit 1 "bend" (setup 15 min + run 4 × 30 s + 60 s = 1080 s each); 14:00 8 good 2 scrap without
/// an operation; 17:00 5 good (after the shift). Meter: 06:00 90 kWh, 10:00 110 kWh, 20:00 190 kWh (5 kWh/h before 10:00,
/// 8 kWh/h after). B: running 22:00, idle Tuesday 06:00. Counts: Tuesday 01:00 20 good of unit 1 "inspect" (2 min + 60 s =
/// 180 s each); 05:00 4 good naming an operation of no known line (no ideal cycle). No meter.
/// </summary>
public sealed class OeeApiTests(EnginesFixture engines) : IClassFixture<EnginesFixture>
{
    private const int Precision = 9;

    private sealed record Scenario(string FactoryId, string A, string B);

    private static async Task<Scenario> ScenarioAsync(TestHost host, HttpClient admin)
    {
        var factory = await NewFactoryAsync(admin);
        var a = await NewMachineAsync(admin, factory, "A day shift", [(DayOfWeek.Monday, 480, 960), (DayOfWeek.Tuesday, 480, 960)], (Hk(1, 8), Hk(1, 10), "Maintenance"));
        var b = await NewMachineAsync(admin, factory, "B night shift", [(DayOfWeek.Monday, 1320, 1440), (DayOfWeek.Tuesday, 0, 360)]);
        var line = await ShelfLineAsync(host, admin, 3);
        await SendAsync(admin,
            State(factory, a, "idle", Hk(-1, 20)), State(factory, a, "running", Hk(0, 8)), State(factory, a, "down", Hk(0, 11)),
            State(factory, a, "running", Hk(0, 12)), State(factory, a, "off", Hk(0, 16, 30)),
            Count(factory, a, 10, 0, Hk(0, 10), $"{line}.1.bend"), Count(factory, a, 8, 2, Hk(0, 14)), Count(factory, a, 5, 0, Hk(0, 17), $"{line}.2.bend"),
            Energy(factory, a, 90, Hk(0, 6)), Energy(factory, a, 110, Hk(0, 10)), Energy(factory, a, 190, Hk(0, 20)),
            State(factory, b, "running", Hk(0, 22)), State(factory, b, "idle", Hk(1, 6)),
            Count(factory, b, 20, 0, Hk(1, 1), $"{line}.1.inspect"), Count(factory, b, 4, 0, Hk(1, 5), "lin_nowhere.1.inspect"));
        return new Scenario(factory, a, b);
    }

    private static JsonElement Item(JsonElement report, string machineId, string? day = null) =>
        report.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("machineId").GetString() == machineId && (day is null || i.GetProperty("day").GetString() == day));

    private static void Figures(JsonElement row, double planned, double run, double down, double? availability, double? performance, double? quality, double? oee, long good, long scrap, double? kwhPerGood)
    {
        Assert.Equal(planned, row.GetProperty("plannedSeconds").GetDouble(), Precision);
        Assert.Equal(run, row.GetProperty("runSeconds").GetDouble(), Precision);
        Assert.Equal(down, row.GetProperty("downSeconds").GetDouble(), Precision);
        Ratio(availability, row.GetProperty("availability"));
        Ratio(performance, row.GetProperty("performance"));
        Ratio(quality, row.GetProperty("quality"));
        Ratio(oee, row.GetProperty("oee"));
        Assert.Equal(good, row.GetProperty("goodCount").GetInt64());
        Assert.Equal(scrap, row.GetProperty("scrapCount").GetInt64());
        Ratio(kwhPerGood, row.GetProperty("kwhPerGood"));
    }

    private static void Ratio(double? expected, JsonElement actual)
    {
        if (expected is null)
        {
            Assert.Equal(JsonValueKind.Null, actual.ValueKind);
        }
        else
        {
            Assert.Equal(expected.Value, actual.GetDouble(), Precision);
        }
    }

    private static void Window(JsonElement row, DateTimeOffset from, DateTimeOffset to)
    {
        Assert.Equal(from, row.GetProperty("from").GetDateTimeOffset());
        Assert.Equal(to, row.GetProperty("to").GetDateTimeOffset());
    }

    private static string Date(int day) => Hk(day, 0).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task GetOee_ByMachineOverTwoDays_MatchesHandComputedFigures(string engine)
    {
        var host = engines.Host(engine);
        using var admin = host.Admin();
        var s = await ScenarioAsync(host, admin);

        var report = await OkAsync(await OeeAsync(admin, s.FactoryId, Hk(0, 0), Hk(2, 0), "machine"));

        // A: planned Monday 8 h + Tuesday 8 h − 2 h maintenance = 50 400 s; run 08–11 + 12–16 = 7 h = 25 200 s; down 11–12.
        // Availability 25 200 / 50 400 = 0.5. Ideal 10 × 1080 = 10 800 s (the 14:00 parts have no operation, the 17:00 ones
        // are after the shift): performance 10 800 / 25 200 = 3/7. Quality 18 / 20 = 0.9. OEE 0.5 × 3/7 × 0.9.
        // Energy 08:00–16:00 on the meter line: 100 kWh at 08:00 (90 + 2 h × 5), 158 kWh at 16:00 (110 + 6 h × 8): 58 kWh, 58 / 18 per good.
        Assert.Equal(2, report.GetProperty("items").GetArrayLength());
        var a = Item(report, s.A);
        Figures(a, 50_400, 25_200, 3_600, 0.5, 3.0 / 7, 0.9, 0.5 * 3 / 7 * 0.9, 18, 2, 58.0 / 18);
        Window(a, Hk(0, 0), Hk(2, 0));
        Assert.Equal(JsonValueKind.Null, a.GetProperty("shift").ValueKind);
        Assert.Equal(JsonValueKind.Null, a.GetProperty("day").ValueKind);
        // B: the night 22:00–06:00 is 8 h = 28 800 s, all running: availability 1. Ideal 20 × 180 = 3 600 s (the 4 parts of no
        // known operation add none): performance 0.125. Quality 24 / 24 = 1. OEE 0.125. No meter: 0 kWh, 0 per good.
        Figures(Item(report, s.B), 28_800, 28_800, 0, 1, 0.125, 1, 0.125, 24, 0, 0);
        // Factory: sums, ratios from the sums: planned 79 200, run 54 000, ideal 14 400, good 42, scrap 2, 58 kWh.
        var factory = report.GetProperty("factory");
        Figures(factory, 79_200, 54_000, 3_600, 54_000.0 / 79_200, 14_400.0 / 54_000, 42.0 / 44, 14_400.0 / 79_200 * 42 / 44, 42, 2, 58.0 / 42);
        Window(factory, Hk(0, 0), Hk(2, 0));
        Assert.Equal(JsonValueKind.Null, factory.GetProperty("machineId").ValueKind);
    }

    [Fact]
    public async Task GetOee_ByShiftFromNoon_ClipsTheDayShiftAndKeepsTheNightShiftWhole()
    {
        var host = engines.Host("sqlite");
        using var admin = host.Admin();
        var s = await ScenarioAsync(host, admin);

        var report = await OkAsync(await OeeAsync(admin, s.FactoryId, Hk(0, 12), Hk(1, 12), "shift"));

        var items = report.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            [(s.A, "08:00-16:00", Date(0)), (s.A, "08:00-16:00", Date(1)), (s.B, "22:00-06:00", Date(0))],
            items.Select(i => (i.GetProperty("machineId").GetString(), i.GetProperty("shift").GetString(), i.GetProperty("day").GetString())));
        // A Monday, 12:00–16:00: 4 h all running; only the 14:00 parts (8 good, 2 scrap, no operation: no ideal time), so
        // performance 0 and OEE 0. Energy 126 kWh at 12:00 (110 + 2 h × 8, from the 10:00 reading before the window) to 158: 32 / 8 = 4.
        Figures(items[0], 14_400, 14_400, 0, 1, 0, 0.8, 0, 8, 2, 4);
        Window(items[0], Hk(0, 12), Hk(0, 16));
        // A Tuesday, 08:00–12:00 minus maintenance 08:00–10:00: 2 h planned, off all along; no parts.
        Figures(items[1], 7_200, 0, 0, 0, null, null, 0, 0, 0, null);
        Window(items[1], Hk(1, 8), Hk(1, 12));
        // B's night is one occurrence across midnight, on Monday.
        Figures(items[2], 28_800, 28_800, 0, 1, 0.125, 1, 0.125, 24, 0, 0);
        Window(items[2], Hk(0, 22), Hk(1, 6));
        // Factory: planned 50 400, run 43 200, ideal 3 600, 32 good, 2 scrap, 32 kWh.
        Figures(report.GetProperty("factory"), 50_400, 43_200, 0, 43_200.0 / 50_400, 3_600.0 / 43_200, 32.0 / 34, 3_600.0 / 50_400 * 32 / 34, 32, 2, 1);
    }

    [Fact]
    public async Task GetOee_ByDayFromHalfPastEleven_TheBreakdownBeforeTheWindowCountsAsDown()
    {
        var host = engines.Host("sqlite");
        using var admin = host.Admin();
        var s = await ScenarioAsync(host, admin);

        var report = await OkAsync(await OeeAsync(admin, s.FactoryId, Hk(0, 11, 30), Hk(2, 0), "day"));

        Assert.Equal(3, report.GetProperty("items").GetArrayLength());
        // A Monday from 11:30: 4.5 h planned; down (since 11:00, before the window) until 12:00, then running: availability
        // 14 400 / 16 200. Parts: the 14:00 ones only. Energy 122 kWh at 11:30 (110 + 1.5 h × 8) to 158: 36 / 8 = 4.5.
        Figures(Item(report, s.A, Date(0)), 16_200, 14_400, 1_800, 14_400.0 / 16_200, 0, 0.8, 0, 8, 2, 4.5);
        // A Tuesday: 8 h minus 2 h maintenance, off.
        Figures(Item(report, s.A, Date(1)), 21_600, 0, 0, 0, null, null, 0, 0, 0, null);
        // B: the whole night on Monday, nothing on Tuesday.
        var night = Item(report, s.B, Date(0));
        Figures(night, 28_800, 28_800, 0, 1, 0.125, 1, 0.125, 24, 0, 0);
        Window(night, Hk(0, 22), Hk(1, 6));
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "to=2030-01-08T00:00:00Z", "from" },
        { "from=2030-01-07T00:00:00Z", "to" },
        { "from=yesterday&to=2030-01-08T00:00:00Z", "from" },
        { "from=2030-01-07&to=2030-01-08T00:00:00Z", "from" },
        { "from=2030-01-07T00:00:00Z&to=2030-01-08T00:00:00", "to" },
        { "from=2030-01-07T00:00:00Z&to=2030-13-08T00:00:00Z", "to" },
        { $"from={new string('9', 5000)}&to=2030-01-08T00:00:00Z", "from" },
        { "from=2030-01-07T00:00:00Z&to=2030-01-07T00:00:00Z", "to" },
        { "from=2030-01-08T00:00:00Z&to=2030-01-07T08:00:00%2B08:00", "to" },
        { "from=2030-01-01T00:00:00Z&to=2030-04-04T00:00:01Z", "to" },
        { "from=2030-01-07T00:00:00Z&to=2030-01-08T00:00:00Z&by=week", "by" },
        { "from=2030-01-07T00:00:00Z&to=2030-01-08T00:00:00Z&by=Machine", "by" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task GetOee_BadQuery_IsRefusedNamingTheField(string query, string field)
    {
        var host = engines.Host("sqlite");
        using var admin = host.Admin();

        var response = await admin.GetAsync($"/api/v1/factories/{Microfactory.Core.Demo.KwunTongDemo.FactoryId}/oee?{query}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task GetOee_NinetyThreeDays_IsTheLongestWindow()
    {
        var host = engines.Host("sqlite");
        using var admin = host.Admin();
        var factory = await NewFactoryAsync(admin);

        var report = await OkAsync(await OeeAsync(admin, factory, Hk(-93, 0), Hk(0, 0)));

        // No machines: no items, and the factory has no planned time, so every ratio is null.
        Assert.Equal(0, report.GetProperty("items").GetArrayLength());
        Figures(report.GetProperty("factory"), 0, 0, 0, null, null, null, null, 0, 0, null);
    }

    [Fact]
    public async Task GetOee_UnknownFactory_IsNotFound()
    {
        var host = engines.Host("sqlite");
        using var admin = host.Admin();

        await ProblemAssert.IsProblemAsync(await OeeAsync(admin, "fac_nowhere", Hk(0, 0), Hk(1, 0)), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await OeeAsync(admin, new string('f', 5000), Hk(0, 0), Hk(1, 0)), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetOee_MachineWithMoreShiftsThanTheCalculatorTakes_IsRefusedForTheFactory()
    {
        var host = engines.Host("sqlite");
        using var admin = host.Admin();
        var factory = await NewFactoryAsync(admin);
        // Five shifts a day, every day: 35 weekly shifts, which the machine calendar allows (70). Each day's last shift and the
        // next day's first join into one across midnight, which leaves 28, and the calculator takes at most 21.
        var shifts = Enum.GetValues<DayOfWeek>().SelectMany(d => new[] { (d, 0, 300), (d, 300, 600), (d, 600, 900), (d, 900, 1200), (d, 1200, 1440) }).ToArray();
        var machine = await NewMachineAsync(admin, factory, "Busy", shifts);

        var problem = await ProblemAssert.IsProblemAsync(await OeeAsync(admin, factory, Hk(0, 0), Hk(1, 0)), HttpStatusCode.BadRequest, "id");

        Assert.Contains(machine, problem.GetProperty("errors").GetProperty("id")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Admin, HttpStatusCode.OK)]
    [InlineData(Roles.Planner, HttpStatusCode.OK)]
    [InlineData(Roles.Operator, HttpStatusCode.OK)]
    [InlineData(Roles.Designer, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Customer, HttpStatusCode.Forbidden)]
    public async Task GetOee_ByRole_IsForTheShopFloor(string role, HttpStatusCode expected)
    {
        var host = engines.Host("sqlite");
        using var client = role == Roles.Customer ? await host.UserAsync(role, await host.CreateCustomerAsync("OEE reader")) : await host.UserAsync(role);

        var response = await OeeAsync(client, Microfactory.Core.Demo.KwunTongDemo.FactoryId, Hk(0, 0), Hk(1, 0));

        Assert.Equal(expected, response.StatusCode);
    }
}
