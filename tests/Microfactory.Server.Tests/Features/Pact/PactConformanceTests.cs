using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microfactory.Carbon.Pact;
using Microfactory.Server.Features.Pact;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Pact;

/// <summary>
/// Every case of the PACT v3 conformance catalogue (conformance-openapi/v3-test-cases-expected-results.md), mandatory ones
/// and the two optional OpenID ones, against a real server over HTTPS. Requests carry the catalogue's own payloads where
/// it gives them; answers are checked as the conformance tool checks them (status, schema, filter conditions), and more.
/// </summary>
public sealed partial class PactConformanceTests(PactPair pair) : IClassFixture<PactPair>
{
    private static void AssertFootprint(JsonElement pf)
    {
        var errors = PactSchema.Errors("ProductFootprint", pf);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Null(PactFootprintReader.Check(pf));
    }

    private static string Encoded(string value) => Uri.EscapeDataString(value);

    [Fact]
    public async Task Case01_TokenWithValidCredentials_200WithBearerToken()
    {
        using var client = pair.Owner.Client();
        using var response = await client.SendAsync(PactHost.TokenRequest(PactHost.ClientId, PactHost.ClientSecret));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.StartsWith("pat_", body.GetProperty("access_token").GetString(), StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData(PactHost.ClientId, "wrong-secret-00000000000000000000")]
    [InlineData("no-such-client", PactHost.ClientSecret)]
    public async Task Case02_TokenWithInvalidCredentials_401InvalidClient(string clientId, string secret)
    {
        using var client = pair.Owner.Client();
        using var response = await client.SendAsync(PactHost.TokenRequest(clientId, secret));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
        Assert.StartsWith("Basic", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case03_GetFootprint_200WithTheFootprint()
    {
        var answer = await pair.GetAsync($"/3/footprints/{pair.Shelf.Id}");

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal("application/json", answer.ContentType);
        var pf = answer.Json.GetProperty("data");
        Assert.Equal(pair.Shelf.Id.ToString("D"), pf.GetProperty("id").GetString());
        AssertFootprint(pf);
        var single = PactSchemaResponse.GetFootprintErrors(answer.Json);
        Assert.True(single.Count == 0, string.Join("\n", single));
    }

    [Fact]
    public async Task Case04_ListFootprints_200WithEveryPublishedFootprintValid()
    {
        var answer = await pair.GetAsync("/3/footprints?limit=1000");

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        var ids = answer.Ids;
        Assert.True(ids.Count >= 4, "the conformance tool needs at least 2 footprints; the tests publish 4");
        Assert.Contains(pair.Shelf.Id.ToString("D"), ids);
        Assert.Contains(pair.OldShelf2.Id.ToString("D"), ids); // deprecated ones are listed too
        foreach (var pf in answer.Json.GetProperty("data").EnumerateArray())
        {
            AssertFootprint(pf);
        }
        // The same list twice: the tool compares the counts of two calls.
        Assert.Equal(ids.Count, (await pair.GetAsync("/3/footprints?limit=1000")).Ids.Count);
    }

    [Fact]
    public async Task Case05_Pagination_LinkNextIsAbsoluteOnTheSameHostAndWalksEveryFootprintOnce()
    {
        var all = (await pair.GetAsync("/3/footprints?limit=1000")).Ids;
        var token = await pair.Owner.TokenAsync();
        var seen = new List<string>();
        string? url = "/3/footprints?limit=2";
        var pages = 0;
        while (url is not null)
        {
            var page = await pair.GetAsync(url, token);
            Assert.True(page.Status == HttpStatusCode.OK, page.ToString());
            Assert.True(page.Ids.Count <= 2, "a page must not hold more than limit");
            seen.AddRange(page.Ids);
            url = NextLink(page);
            if (url is not null)
            {
                var next = new Uri(url);
                Assert.True(next.IsAbsoluteUri);
                Assert.Equal(pair.Owner.Https.Authority, next.Authority);
                // A pagination link can be called more than once.
                Assert.Equal((await pair.GetAsync(url, token)).Ids, (await pair.GetAsync(url, token)).Ids);
            }
            Assert.True(++pages < 500, "pagination does not end");
        }
        Assert.Equal(all, seen);
        Assert.Null(NextLink(await pair.GetAsync("/3/footprints?limit=1000")));
    }

    [Fact]
    public async Task Case05_PaginationLink_KeepsTheFilters()
    {
        var first = await pair.GetAsync($"/3/footprints?productId={Encoded(pair.Shelf2.ProductIds[0])}&status=Active&limit=1");
        var second = await pair.GetAsync($"/3/footprints?productId={Encoded(pair.Shelf2.ProductIds[0])}&limit=1");

        Assert.Equal([pair.Shelf2.Id.ToString("D")], first.Ids);
        Assert.Null(NextLink(first));
        // Both footprints of the product, one per page; the two can share a creation millisecond, when the list
        // orders them by id, so which one comes first is not fixed.
        string[] both = [pair.OldShelf2.Id.ToString("D"), pair.Shelf2.Id.ToString("D")];
        Assert.Single(second.Ids);
        Assert.Contains(second.Ids[0], both);
        var next = NextLink(second);
        Assert.NotNull(next);
        Assert.Contains("productId=", next, StringComparison.Ordinal);
        Assert.Equal([both.Single(id => id != second.Ids[0])], (await pair.GetAsync(next)).Ids);
    }

    [Theory]
    [InlineData("/3/footprints")]
    [InlineData("/3/footprints/{id}")]
    public async Task Case06And07_InvalidToken_400BadRequest(string path)
    {
        var answer = await pair.GetAsync(path.Replace("{id}", pair.Shelf.Id.ToString("D"), StringComparison.Ordinal), "very-invalid-access-token-Zq81kLmN0pQr2sTu");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BadRequest", answer.Json.GetProperty("code").GetString());
        Assert.False(answer.Json.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("non-existent-id")]
    [InlineData("random-string-as-id-Ab12Cd34Ef56Gh78")]
    public async Task Case08_UnknownFootprintId_404NotFound(string id)
    {
        var answer = await pair.GetAsync($"/3/footprints/{id}");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("NotFound", answer.Json.GetProperty("code").GetString());
        Assert.Contains(id, answer.Json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case09_TokenOverPlainHttp_IsRefusedWithoutAToken()
    {
        using var client = pair.Owner.PlainClient();
        using var response = await client.SendAsync(PactHost.TokenRequest(PactHost.ClientId, PactHost.ClientSecret));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("access_token", body, StringComparison.Ordinal);
        Assert.Contains("HTTPS", body, StringComparison.Ordinal);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("/3/footprints")]
    [InlineData("/3/footprints/{id}")]
    public async Task Case10And11_FootprintsOverPlainHttp_AreRefusedWithoutData(string path)
    {
        using var client = pair.Owner.PlainClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await pair.Owner.TokenAsync());
        using var response = await client.GetAsync(path.Replace("{id}", pair.Shelf.Id.ToString("D"), StringComparison.Ordinal));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("AccessDenied", body.GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Case12And13_RequestCreated_200ThenFulfilledAtTheRequestersOwnEvents()
    {
        var requestId = $"test-run-id-{Guid.NewGuid():N}/13";
        var request = Event(requestId, PactEventTypes.RequestCreated, new { productId = pair.Shelf.ProductIds, comment = "Please send PCF data for this year." });

        var accepted = await pair.PostEventAsync(request);

        Assert.True(accepted.Status == HttpStatusCode.OK, accepted.ToString());
        Assert.Equal("", accepted.Text);
        var received = await pair.AnswerAtRequesterAsync(requestId);
        Assert.Equal(PactEventTypes.RequestFulfilled, received.EventType);
        var data = JsonDocument.Parse(received.DataJson).RootElement;
        var pfs = data.GetProperty("pfs").EnumerateArray().ToList();
        Assert.Equal([pair.Shelf.Id.ToString("D")], pfs.Select(pf => pf.GetProperty("id").GetString()));
        foreach (var pf in pfs)
        {
            AssertFootprint(pf);
            Assert.All(pf.GetProperty("productIds").EnumerateArray(), p => Assert.Contains(p.GetString(), pair.Shelf.ProductIds));
        }
        // The answer as sent (the whole CloudEvent) validates against the v3 RequestFulfilledEvent schema.
        var sent = (await pair.Owner.Service<PactEventStore>().OfClientAsync(PactHost.ClientId, CancellationToken.None)).Single(e => e.EventId == requestId);
        Assert.Equal(PactEventRecord.Delivered, sent.AnswerState);
        var cloudEvent = JsonDocument.Parse(sent.AnswerJson!).RootElement;
        var errors = PactSchema.Errors("RequestFulfilledEvent", cloudEvent);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal("1.0", cloudEvent.GetProperty("specversion").GetString());
        Assert.Equal(new Uri(pair.Owner.Https, "/3/events").ToString(), cloudEvent.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Case12_RequestInTheConformanceToolsOlderShape_IsFulfilledToo()
    {
        var requestId = $"test-run-id-{Guid.NewGuid():N}";
        var accepted = await pair.PostEventAsync(Event(requestId, PactEventTypes.RequestCreated, new { pf = new { productIds = pair.Bracket.ProductIds }, comment = "Please send PCF data for this year." }));

        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        var received = await pair.AnswerAtRequesterAsync(requestId);
        Assert.Equal(PactEventTypes.RequestFulfilled, received.EventType);
        Assert.Equal(pair.Bracket.Id.ToString("D"), JsonDocument.Parse(received.DataJson).RootElement.GetProperty("pfs")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("urn:null")]
    [InlineData("urn:pact:null")]
    public async Task Case14_RequestForAnUnknownProduct_200ThenRejectedNotFound(string productId)
    {
        var requestId = $"test-run-id-{Guid.NewGuid():N}/14.B";
        var accepted = await pair.PostEventAsync(Event(requestId, PactEventTypes.RequestCreated, new { productId = new[] { productId }, comment = "Please send PCF data for this year." }));

        Assert.True(accepted.Status == HttpStatusCode.OK, accepted.ToString());
        var received = await pair.AnswerAtRequesterAsync(requestId);
        Assert.Equal(PactEventTypes.RequestRejected, received.EventType);
        var error = JsonDocument.Parse(received.DataJson).RootElement.GetProperty("error");
        Assert.Equal("NotFound", error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        var sent = (await pair.Owner.Service<PactEventStore>().OfClientAsync(PactHost.ClientId, CancellationToken.None)).Single(e => e.EventId == requestId);
        var errors = PactSchema.Errors("RequestRejectedEvent", JsonDocument.Parse(sent.AnswerJson!).RootElement);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("urn:gtin:4712345060507")] // the catalogue's own example
    [InlineData("3a6c14a7-4deb-498a-b5ea-16ce2535b576")] // what the tool sends now
    public async Task Case15_PublishedEvent_200AndKept(string pfId)
    {
        var id = Guid.NewGuid().ToString("D");
        var answer = await pair.PostEventAsync(Event(id, PactEventTypes.Published, new { pfIds = new[] { pfId } }));

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal("", answer.Text);
        var kept = (await pair.Owner.Service<PactEventStore>().OfClientAsync(PactHost.ClientId, CancellationToken.None)).Single(e => e.EventId == id);
        Assert.Equal(PactEventRecord.None, kept.AnswerState);
        Assert.Contains(pfId, kept.DataJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case16_EventsWithInvalidToken_400BadRequest()
    {
        var answer = await pair.PostEventAsync(Event("test-run-id-12345/16", PactEventTypes.Published, new { pfIds = new[] { "3a6c14a7-4deb-498a-b5ea-16ce2535b576" } }), "very-invalid-access-token-Ab12Cd34Ef56Gh78");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BadRequest", answer.Json.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Case17_EventsOverPlainHttp_AreRefusedWithoutData()
    {
        // The catalogue's body as it is (with its missing comma): refused before anything reads it.
        const string body = """
            {
              "specversion": "1.0",
              "id": "test-run-id-12345",
              "source": "https://webhook.example.com",
              "time": "2023-05-19T13:30:00Z",
              "type": "org.wbcsd.pact.ProductFootprint.PublishedEvent.3",
              "data": {
                "productId": ["urn:gtin:4712345060507"]
                "comment": "Please send PCF data for this year."
              }
            }
            """;
        using var client = pair.Owner.PlainClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await pair.Owner.TokenAsync());
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/cloudevents+json; charset=UTF-8");
        using var response = await client.PostAsync("/3/events", content);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(answer.TryGetProperty("data", out _));
        var stored = await pair.Owner.Service<PactEventStore>().OfClientAsync(PactHost.ClientId, CancellationToken.None);
        Assert.DoesNotContain(stored, e => e.EventId == "test-run-id-12345");
    }

    [Fact]
    public async Task Case18And19_OpenIdConfiguration_NamesAnAbsoluteTokenEndpointThatAuthenticates()
    {
        using var client = pair.Owner.Client();
        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var endpoint = new Uri(discovery.GetProperty("token_endpoint").GetString()!);

        Assert.True(endpoint.IsAbsoluteUri);
        Assert.Equal(Uri.UriSchemeHttps, endpoint.Scheme);
        Assert.Equal(new Uri(pair.Owner.Https, "/auth/token"), endpoint);
        Assert.Contains("client_credentials", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()));
        var valid = PactHost.TokenRequest(PactHost.ClientId, PactHost.ClientSecret);
        valid.RequestUri = endpoint;
        using var ok = await client.SendAsync(valid);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var invalid = PactHost.TokenRequest(PactHost.ClientId, "not-the-secret");
        invalid.RequestUri = endpoint;
        using var refused = await client.SendAsync(invalid);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Case20_FilterByProductId_OnlyFootprintsOfThatProduct()
    {
        var answer = await pair.GetAsync($"/3/footprints?productId={Encoded(pair.Shelf.ProductIds[0])}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal([pair.Shelf.Id.ToString("D")], answer.Ids);
        // Matching is case-insensitive.
        Assert.Equal(answer.Ids, (await pair.GetAsync($"/3/footprints?productId={Encoded(pair.Shelf.ProductIds[0].ToUpperInvariant())}")).Ids);
        // A footprint with two product ids is found by either.
        Assert.Equal([pair.Shelf2.Id.ToString("D")], (await pair.GetAsync($"/3/footprints?productId={Encoded(pair.Shelf2.ProductIds[1])}")).Ids);
    }

    [Fact]
    public async Task Case21_FilterByCompanyId_EveryFootprintNamesIt()
    {
        foreach (var company in new[] { PactPair.ExtraCompanyId, PactPair.OwnCompanyId })
        {
            var answer = await pair.GetAsync($"/3/footprints?companyId={Encoded(company)}&limit=1000");

            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Contains(pair.Shelf.Id.ToString("D"), answer.Ids);
            Assert.All(answer.Json.GetProperty("data").EnumerateArray(), pf => Assert.Contains(company, pf.GetProperty("companyIds").EnumerateArray().Select(c => c.GetString())));
        }
    }

    [Fact]
    public async Task Case22_FilterByGeography_EveryFootprintIsInIt()
    {
        var answer = await pair.GetAsync("/3/footprints?geography=DE&limit=1000");
        var lower = await pair.GetAsync("/3/footprints?geography=de&limit=1000");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(pair.Bracket.Id.ToString("D"), answer.Ids);
        Assert.DoesNotContain(pair.Shelf.Id.ToString("D"), answer.Ids);
        Assert.All(answer.Json.GetProperty("data").EnumerateArray(), pf => Assert.Equal("DE", pf.GetProperty("pcf").GetProperty("geographyCountry").GetString()));
        Assert.Equal(answer.Ids, lower.Ids);
    }

    [Fact]
    public async Task Case23_FilterByClassification_OnlyClassifiedFootprints()
    {
        var answer = await pair.GetAsync($"/3/footprints?classification={Encoded(PactPair.Classification)}&limit=1000");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(pair.Shelf.Id.ToString("D"), answer.Ids);
        Assert.DoesNotContain(pair.Bracket.Id.ToString("D"), answer.Ids);
        Assert.All(answer.Json.GetProperty("data").EnumerateArray(), pf => Assert.Contains(PactPair.Classification, pf.GetProperty("productClassifications").EnumerateArray().Select(c => c.GetString())));
        // An empty filter filters nothing (the tool sends one when the first footprint has no classification).
        Assert.Equal((await pair.GetAsync("/3/footprints?limit=1000")).Ids, (await pair.GetAsync("/3/footprints?classification=&limit=1000")).Ids);
    }

    [Fact]
    public async Task Case24_FilterByValidOn_InsideTheValidityPeriodBothEndsIncluded()
    {
        foreach (var on in new[] { "2026-03-17T00:00:00Z", "2026-12-01T12:00:00Z", "2027-03-17T00:00:00Z" })
        {
            var answer = await pair.GetAsync($"/3/footprints?validOn={Encoded(on)}&limit=1000");
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Contains(pair.Shelf.Id.ToString("D"), answer.Ids);
            AssertAll(answer, pf => Time(pf, "validityPeriodStart") <= DateTimeOffset.Parse(on) && DateTimeOffset.Parse(on) <= Time(pf, "validityPeriodEnd"));
        }
        Assert.DoesNotContain(pair.Bracket.Id.ToString("D"), (await pair.GetAsync("/3/footprints?validOn=2026-04-01T00:00:00%2B00:00&limit=1000")).Ids);
    }

    [Fact]
    public async Task Case25_FilterByValidAfter_StartsAfterIt()
    {
        var answer = await pair.GetAsync("/3/footprints?validAfter=2026-03-16T00:00:00.000Z&limit=1000");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(pair.Shelf.Id.ToString("D"), answer.Ids);
        AssertAll(answer, pf => Time(pf, "validityPeriodStart") > new DateTimeOffset(2026, 3, 16, 0, 0, 0, TimeSpan.Zero));
        Assert.DoesNotContain(pair.Shelf.Id.ToString("D"), (await pair.GetAsync("/3/footprints?validAfter=2026-03-17T00:00:00Z&limit=1000")).Ids);
    }

    [Fact]
    public async Task Case26_FilterByValidBefore_EndsBeforeIt()
    {
        var answer = await pair.GetAsync("/3/footprints?validBefore=2027-03-18T00:00:00Z&limit=1000");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(pair.Shelf.Id.ToString("D"), answer.Ids);
        Assert.DoesNotContain(pair.Bracket.Id.ToString("D"), answer.Ids);
        AssertAll(answer, pf => Time(pf, "validityPeriodEnd") < new DateTimeOffset(2027, 3, 18, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Case27_FilterByStatus_OnlyThatStatus()
    {
        var active = await pair.GetAsync("/3/footprints?status=Active&limit=1000");
        var deprecated = await pair.GetAsync("/3/footprints?status=deprecated&limit=1000");

        Assert.Equal(HttpStatusCode.OK, active.Status);
        AssertAll(active, pf => pf.GetProperty("status").GetString() == "Active");
        AssertAll(deprecated, pf => pf.GetProperty("status").GetString() == "Deprecated");
        Assert.Contains(pair.OldShelf2.Id.ToString("D"), deprecated.Ids);
        Assert.DoesNotContain(pair.OldShelf2.Id.ToString("D"), active.Ids);
    }

    [Fact]
    public async Task Case28_FilterByStatusAndProductId_BothHold()
    {
        var answer = await pair.GetAsync($"/3/footprints?status=Active&productId={Encoded(pair.Shelf2.ProductIds[0])}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal([pair.Shelf2.Id.ToString("D")], answer.Ids);
    }

    [Fact]
    public async Task Case29_RepeatedParameter_IsOr()
    {
        var answer = await pair.GetAsync($"/3/footprints?companyId={Encoded(PactPair.ExtraCompanyId)}&companyId=urn:uuid:other-company&companyId=urn:uuid:another-company&limit=1000");
        var products = await pair.GetAsync($"/3/footprints?productId={Encoded(pair.Shelf.ProductIds[0])}&productid={Encoded(pair.Bracket.ProductIds[0])}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains(pair.Shelf.Id.ToString("D"), answer.Ids);
        Assert.Equal(new[] { pair.Shelf.Id, pair.Bracket.Id }.Select(i => i.ToString("D")).Order(), products.Ids.Order());
    }

    [Theory]
    [InlineData("productId=urn:bogus:product:nonexistent123")]
    [InlineData("companyId=urn:bogus:company:nonexistent456")]
    [InlineData("geography=XX")]
    [InlineData("classification=urn:bogus:classification:nonexistent789")]
    [InlineData("validOn=1900-01-01T00:00:00Z")]
    [InlineData("validAfter=2099-12-31T23:59:59Z")]
    [InlineData("validBefore=1900-01-01T00:00:00Z")]
    [InlineData("status=BogusStatusValue")]
    [InlineData("companyId=urn:bogus:company:5FIi8zS3&productId=urn:bogus:product:nonexistent123")]
    [InlineData("status=BogusStatusAbcdefgh&productId=urn:bogus:product:nonexistent123")]
    [InlineData("companyId=urn:bogus:company:nonexistent1&companyId=urn:bogus:company:nonexistent2&companyId=urn:bogus:company:nonexistent3")]
    [InlineData("geography=Asia")]
    public async Task Case30To39_FilterThatMatchesNothing_200WithAnEmptyList(string query)
    {
        var answer = await pair.GetAsync("/3/footprints?" + query);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.ToString());
        Assert.Equal(JsonValueKind.Array, answer.Json.GetProperty("data").ValueKind);
        Assert.Empty(answer.Ids);
        Assert.Null(NextLink(answer));
    }

    [Theory]
    [InlineData("$filter=created ge '2023-01-15T10:15:30Z'")]
    [InlineData("$filter=productIds/any(productId:(productId eq 'urn:gtin:1'))")]
    public async Task Case40_ODataFilter_400NotImplemented(string query)
    {
        var answer = await pair.GetAsync("/3/footprints?" + query.Replace(" ", "%20", StringComparison.Ordinal).Replace("'", "%27", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("NotImplemented", answer.Json.GetProperty("code").GetString());
        Assert.False(answer.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Case40_MalformedPublishedEvent_400BadRequest()
    {
        var answer = await pair.PostEventAsync(Event(Guid.NewGuid().ToString(), PactEventTypes.Published, new { pfIds = new[] { "not a footprint id" } }));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BadRequest", answer.Json.GetProperty("code").GetString());
        Assert.Contains("pfIds[0]", answer.Json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    internal static string Event(string id, string type, object data, string? source = null) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["specversion"] = "1.0",
        ["id"] = id,
        ["source"] = source ?? "https://127.0.0.1/3/events",
        ["time"] = "2025-05-19T10:30:00Z",
        ["type"] = type,
        ["data"] = data,
    });

    internal static string? NextLink(PactPair.Answer answer) =>
        answer.Headers.TryGetValues("Link", out var values) && NextRel().Match(string.Join(",", values)) is { Success: true } m ? m.Groups["url"].Value : null;

    private static DateTimeOffset Time(JsonElement pf, string name) => DateTimeOffset.Parse(pf.GetProperty(name).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertAll(PactPair.Answer answer, Func<JsonElement, bool> condition)
    {
        foreach (var pf in answer.Json.GetProperty("data").EnumerateArray())
        {
            Assert.True(condition(pf), $"{pf.GetProperty("id")} does not match the filter");
        }
    }

    [GeneratedRegex("<(?<url>[^>]+)>\\s*;\\s*rel=\"next\"")]
    private static partial Regex NextRel();
}
