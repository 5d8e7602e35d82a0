using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microfactory.Server.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Microfactory.Server.Tests.Features.Quotes;

/// <summary>A server on a fixed clock (Monday 2026-12-07 10:00 in Hong Kong) with known rates, shared by tests that each own their customer.</summary>
public sealed class QuoteHostFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    public const decimal LabourRate = 200m;
    public const decimal OverheadRate = 0.1m;
    public const decimal MarginRate = 0.25m;

    public static readonly string[] Settings =
    [
        $"--Microfactory:Quotes:LabourRatePerHour={LabourRate}", $"--Microfactory:Quotes:OverheadRate={OverheadRate}", $"--Microfactory:Quotes:MarginRate={MarginRate}",
        "--Microfactory:Plans:ImproveAfterQuiet=00:00:00",
    ];

    internal FakeTimeProvider Time { get; } = new(Now);

    internal TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await TestHost.StartAsync(Time, "sqlite", Settings);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>Quotes against the demo factory's live plan: shape, numbers, the three options, access.</summary>
public sealed class QuoteApiTests(QuoteHostFixture fixture) : IClassFixture<QuoteHostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Create_PhoneStand_EveryOptionMatchesAnIndependentCalculation()
    {
        var customer = await Host.CreateCustomerAsync("Independent checker");
        using var admin = Host.Admin();

        var quote = await QuoteCalls.CreateAsync(admin, QuoteCalls.Body(customer, quantity: 2, requestedDate: new DateOnly(2026, 12, 21)));

        var expected = await IndependentQuote.LoadAsync(admin, QuoteCalls.PhoneStand);
        Assert.Equal(["fastest", "cheapest", "greenest"], quote.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("kind").GetString()));
        foreach (var option in quote.GetProperty("options").EnumerateArray())
        {
            expected.Check(option, 2, QuoteHostFixture.Now, QuoteHostFixture.LabourRate, QuoteHostFixture.OverheadRate, QuoteHostFixture.MarginRate);
            Assert.True(option.GetProperty("promisedCompletion").GetDateTimeOffset() <= new DateTimeOffset(2026, 12, 22, 0, 0, 0, TimeSpan.FromHours(8)));
        }
        Assert.Equal(QuoteHostFixture.Now, quote.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(QuoteHostFixture.Now.AddHours(24), quote.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.False(quote.GetProperty("expired").GetBoolean());
        Assert.True(quote.GetProperty("planVersion").GetInt64() >= 1);
        var line = Assert.Single(quote.GetProperty("lines").EnumerateArray());
        Assert.Equal((1, "phone-stand", "1.0.0", 2), (line.GetProperty("lineNumber").GetInt32(), line.GetProperty("templateId").GetString(), line.GetProperty("templateVersion").GetString(), line.GetProperty("quantity").GetInt32()));
        Assert.NotEmpty(line.GetProperty("bom").EnumerateArray());
        Assert.Equal(3, line.GetProperty("routing").GetArrayLength());
    }

    [Fact]
    public async Task Create_DemoFactory_ThreeOptionsDifferForARealReason()
    {
        var customer = await Host.CreateCustomerAsync("Chooser");
        using var admin = Host.Admin();

        var quote = await QuoteCalls.CreateAsync(admin, QuoteCalls.Body(customer, requestedDate: new DateOnly(2026, 12, 21)));

        var fastest = QuoteCalls.Option(quote, "fastest");
        var cheapest = QuoteCalls.Option(quote, "cheapest");
        var greenest = QuoteCalls.Option(quote, "greenest");
        static DateTimeOffset Done(JsonElement o) => o.GetProperty("promisedCompletion").GetDateTimeOffset();
        static decimal Total(JsonElement o) => o.GetProperty("price").GetProperty("total").GetDecimal();
        static double Co2(JsonElement o) => o.GetProperty("co2eKg").GetDouble();
        // The cartons arrive Saturday 10:00 (5 days); the fastest prints at once, in the day tariff (HK$1.32/kWh, 0.41 kg/kWh at 10:00)...
        Assert.True(Done(fastest) < Done(cheapest) && Done(fastest) < Done(greenest));
        // ...the cheapest waits for the night tariff (HK$0.98) and the greenest for the cleanest night hours (0.32 kg/kWh from 01:00).
        Assert.True(Total(cheapest) < Total(fastest) && Total(cheapest) <= Total(greenest));
        Assert.True(Co2(greenest) < Co2(fastest) && Co2(greenest) <= Co2(cheapest));
        Assert.True(cheapest.GetProperty("price").GetProperty("energy").GetDecimal() < fastest.GetProperty("price").GetProperty("energy").GetDecimal());
        // The same machine time is bought either way: only the hours differ.
        Assert.Equal(fastest.GetProperty("price").GetProperty("machineTime").GetDecimal(), cheapest.GetProperty("price").GetProperty("machineTime").GetDecimal());
    }

    [Fact]
    public async Task Create_RequestedDateBeforeTheMaterialsArrive_UnavailableNamingTheLeadTime()
    {
        var customer = await Host.CreateCustomerAsync("Impatient");
        using var admin = Host.Admin();

        // Tuesday: the cartons' supplier needs 5 days (the filament's 4), but the printers are free at once.
        var quote = await QuoteCalls.CreateAsync(admin, QuoteCalls.Body(customer, requestedDate: new DateOnly(2026, 12, 8)));

        foreach (var option in quote.GetProperty("options").EnumerateArray())
        {
            Assert.False(option.GetProperty("available").GetBoolean());
            var reason = option.GetProperty("reason").GetString()!;
            Assert.StartsWith("material lead time: ", reason, StringComparison.Ordinal);
            Assert.Contains("Pearl River Timber & Panels Co. in 5 days", reason, StringComparison.Ordinal);
            Assert.Contains("2026-12-08", reason, StringComparison.Ordinal);
            Assert.True(option.GetProperty("earliestCompletion").GetDateTimeOffset() >= QuoteHostFixture.Now.AddDays(5));
            Assert.Equal(JsonValueKind.Null, option.GetProperty("price").ValueKind);
            Assert.Empty(option.GetProperty("operations").EnumerateArray());
        }
    }

    [Fact]
    public async Task Get_CustomersSeeOnlyTheirOwnQuotes_StaffSeeAll()
    {
        var meiId = await Host.CreateCustomerAsync("Mei");
        var kenId = await Host.CreateCustomerAsync("Ken");
        using var mei = await Host.UserAsync("customer", meiId);
        using var ken = await Host.UserAsync("customer", kenId);
        using var planner = await Host.UserAsync("planner");
        using var designer = await Host.UserAsync("designer");

        var quote = await QuoteCalls.CreateAsync(mei, QuoteCalls.Body(null));
        var id = quote.GetProperty("id").GetString();

        Assert.Equal(meiId, quote.GetProperty("customerId").GetString());
        Assert.Equal(quote.GetRawText(), (await mei.GetFromJsonAsync<JsonElement>($"/api/v1/quotes/{id}")).GetRawText());
        Assert.Equal(HttpStatusCode.OK, (await planner.GetAsync($"/api/v1/quotes/{id}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await ken.GetAsync($"/api/v1/quotes/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await ken.GetAsync("/api/v1/quotes/quo_nothing"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await designer.GetAsync($"/api/v1/quotes/{id}"), HttpStatusCode.Forbidden);
        var before = await QuoteCalls.SnapshotAsync(Host);
        await ProblemAssert.IsProblemAsync(await QuoteCalls.AcceptAsync(ken, id!, "fastest", Guid.NewGuid().ToString()), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await ken.PostAsync("/api/v1/quotes", QuoteCalls.Json(QuoteCalls.Body(meiId))), HttpStatusCode.BadRequest, "customerId");
        Assert.Equal(before, await QuoteCalls.SnapshotAsync(Host));
    }

    public static TheoryData<string, string> BadQuotes()
    {
        // Each body and the field its problem must name; {customer} is replaced by a customer of the test.
        var data = new TheoryData<string, string>
        {
            { QuoteCalls.Body("{customer}", template: "no-such-template"), "lines[0].templateId" },
            { QuoteCalls.Body("{customer}").Replace("1.0.0", "9.9.9", StringComparison.Ordinal), "lines[0].templateVersion" },
            { QuoteCalls.Body("{customer}").Replace("1.0.0", "latest", StringComparison.Ordinal), "lines[0].templateVersion" },
            { QuoteCalls.Body("{customer}", template: QuoteCalls.WallShelf, parameters: """{"length":"5 m"}"""), "lines[0].parameters.length" },
            { QuoteCalls.Body("{customer}", quantity: 0), "lines[0].quantity" },
            { QuoteCalls.Body("{customer}", quantity: 51), "lines[0].quantity" },
            { QuoteCalls.Body("{customer}", requestedDate: new DateOnly(2026, 12, 6)), "requestedDate" },
            { QuoteCalls.Body("{customer}", factoryId: "fac_nowhere"), "factoryId" },
            { QuoteCalls.Body("cus_nobody"), "customerId" },
            { QuoteCalls.Body(null), "customerId" },
            { """{"customerId":"{customer}","lines":[]}""", "lines" },
            { """{"customerId":"{customer}"}""", "lines" },
            { """{"customerId":"{customer}","lines":[{"templateId":"phone-stand","templateVersion":"1.0.0"}]}""", "lines[0].quantity" },
        };
        var many = string.Join(",", Enumerable.Range(0, 3).Select(_ => """{"templateId":"phone-stand","templateVersion":"1.0.0","quantity":20}"""));
        data.Add($$"""{"customerId":"{customer}","lines":[{{many}}]}""", "lines");
        return data;
    }

    [Theory]
    [MemberData(nameof(BadQuotes))]
    public async Task Create_BadInput_ProblemNamingTheFieldAndNothingStored(string body, string field)
    {
        var customer = await Host.CreateCustomerAsync("Careless");
        using var admin = Host.Admin();
        var before = await QuoteCalls.SnapshotAsync(Host);

        var response = await admin.PostAsync("/api/v1/quotes", QuoteCalls.Json(body.Replace("{customer}", customer, StringComparison.Ordinal)));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(before, await QuoteCalls.SnapshotAsync(Host));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("tab\there")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789x")]
    public async Task Accept_MalformedIdempotencyKey_Is400NamingTheHeaderAndChangesNothing(string? key)
    {
        var customer = await Host.CreateCustomerAsync("Keyless");
        using var admin = Host.Admin();
        var quote = await QuoteCalls.CreateAsync(admin, QuoteCalls.Body(customer));
        var before = await QuoteCalls.SnapshotAsync(Host);

        var response = await QuoteCalls.AcceptAsync(admin, quote.GetProperty("id").GetString()!, "fastest", key);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Idempotency-Key");
        Assert.Equal(before, await QuoteCalls.SnapshotAsync(Host));
    }

    [Fact]
    public async Task Accept_TwoIdempotencyKeyHeaders_Is400()
    {
        var customer = await Host.CreateCustomerAsync("Doubled");
        using var admin = Host.Admin();
        var quote = await QuoteCalls.CreateAsync(admin, QuoteCalls.Body(customer));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/quotes/{quote.GetProperty("id").GetString()}/accept") { Content = QuoteCalls.Json("""{"option":"fastest"}""") };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", ["first-key", "second-key"]);

        await ProblemAssert.IsProblemAsync(await admin.SendAsync(request), HttpStatusCode.BadRequest, "Idempotency-Key");
    }

    [Theory]
    [InlineData("""{"option":"quickest"}""")]
    [InlineData("""{}""")]
    [InlineData("""{"option":null}""")]
    public async Task Accept_UnknownOption_Is400NamingOptionAndChangesNothing(string body)
    {
        var customer = await Host.CreateCustomerAsync("Undecided");
        using var admin = Host.Admin();
        var quote = await QuoteCalls.CreateAsync(admin, QuoteCalls.Body(customer));
        var before = await QuoteCalls.SnapshotAsync(Host);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/quotes/{quote.GetProperty("id").GetString()}/accept") { Content = QuoteCalls.Json(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var problem = await ProblemAssert.IsProblemAsync(await admin.SendAsync(request), HttpStatusCode.BadRequest, "option");

        Assert.Contains("fastest, cheapest, greenest", problem.GetProperty("errors").GetProperty("option")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await QuoteCalls.SnapshotAsync(Host));
    }

    [Fact]
    public async Task Accept_UnavailableOption_Is409NamingOptionAndChangesNothing()
    {
        var customer = await Host.CreateCustomerAsync("Too soon");
        using var admin = Host.Admin();
        var quote = await QuoteCalls.CreateAsync(admin, QuoteCalls.Body(customer, requestedDate: new DateOnly(2026, 12, 8)));
        var before = await QuoteCalls.SnapshotAsync(Host);

        var response = await QuoteCalls.AcceptAsync(admin, quote.GetProperty("id").GetString()!, "greenest", Guid.NewGuid().ToString());

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "option");
        Assert.Contains("material lead time", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await QuoteCalls.SnapshotAsync(Host));
    }
}
