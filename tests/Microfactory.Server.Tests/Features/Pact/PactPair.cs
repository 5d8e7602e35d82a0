using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microfactory.Server.Features.Carbon;
using Microfactory.Server.Features.Pact;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Features.Pact;

/// <summary>
/// Two PACT hosts over HTTPS: the data <see cref="Owner"/>, whose footprints the tests pull, and a <see cref="Requester"/>
/// standing in for a partner (the conformance tool): its footprint requests to the owner are answered by the owner
/// posting to the requester's own /3/events with the credentials the requester issued (client <see cref="OwnerAtRequester"/>).
/// The owner publishes footprints of the tests' own, computed by the real engine.
/// </summary>
public sealed class PactPair : IAsyncLifetime
{
    public const string OwnerAtRequester = "owner-at-requester";
    public const string OwnerAtRequesterSecret = "owner-at-requester-secret-000000000";
    public const string Classification = "urn:pact:productclassification:un-cpc:38140";
    public const string ExtraCompanyId = "urn:uuid:abc12345-6789-4def-0123-456789abcdef";
    public const string OwnCompanyId = "urn:pact:microfactory.example:company:fac_kwun_tong";

    internal PactHost Owner { get; private set; } = null!;

    internal PactHost Requester { get; private set; } = null!;

    /// <summary>Active, classified, in HK, valid 2026-03-17 to 2027-03-17.</summary>
    internal ProductFootprintRecord Shelf { get; private set; } = null!;

    /// <summary>Active, not classified, in DE, valid 2026-06-01 to 2028-06-01.</summary>
    internal ProductFootprintRecord Bracket { get; private set; } = null!;

    /// <summary>Deprecated (replaced by <see cref="Shelf2"/>), in HK.</summary>
    internal ProductFootprintRecord OldShelf2 { get; private set; } = null!;

    /// <summary>Active, replaces <see cref="OldShelf2"/>, two product ids.</summary>
    internal ProductFootprintRecord Shelf2 { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Requester = await PactHost.StartAsync(settings:
        [
            $"--Microfactory:Pact:Clients:1:ClientId={OwnerAtRequester}",
            $"--Microfactory:Pact:Clients:1:ClientSecret={OwnerAtRequesterSecret}",
        ]);
        Owner = await PactHost.StartAsync(settings:
        [
            $"--Microfactory:Pact:Clients:0:CallbackBaseUrl={Requester.Https}",
            $"--Microfactory:Pact:Clients:0:CallbackClientId={OwnerAtRequester}",
            $"--Microfactory:Pact:Clients:0:CallbackClientSecret={OwnerAtRequesterSecret}",
            $"--Microfactory:Pact:Classifications:pact-test-shelf:0={Classification}",
            $"--Microfactory:Pact:Companies:fac_kwun_tong:Ids:0={ExtraCompanyId}",
        ]);
        Shelf = await PactSampleFootprints.PublishAsync(Owner.Host);
        Bracket = await PactSampleFootprints.PublishAsync(Owner.Host, templateId: "pact-test-bracket", country: "DE", steelKg: 0.4m,
            validFrom: new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), validUntil: new DateTimeOffset(2028, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var product = PactSampleFootprints.NewProductId();
        OldShelf2 = await PactSampleFootprints.PublishAsync(Owner.Host, product, steelKg: 3m);
        Shelf2 = await PactSampleFootprints.PublishAsync(Owner.Host, product, steelKg: 2.5m, preceding: [OldShelf2.Id], secondProductId: PactSampleFootprints.NewProductId());
        OldShelf2 = (await Owner.Service<ProductFootprintStore>().GetAsync(OldShelf2.Id, CancellationToken.None))!;
        Assert.Equal(FootprintKinds.Deprecated, OldShelf2.Status);
    }

    public async Task DisposeAsync()
    {
        await Owner.DisposeAsync();
        await Requester.DisposeAsync();
    }

    /// <summary>GET as the configured client; the body parsed when it is JSON.</summary>
    internal async Task<Answer> GetAsync(string url, string? bearer = null)
    {
        using var client = Owner.Client(bearer ?? await Owner.TokenAsync());
        using var response = await client.GetAsync(url);
        return await Answer.ReadAsync(response);
    }

    /// <summary>POSTs a CloudEvent (structured JSON) to the owner's /3/events.</summary>
    internal async Task<Answer> PostEventAsync(string json, string? bearer = null, string contentType = "application/cloudevents+json; charset=UTF-8")
    {
        using var client = Owner.Client(bearer ?? await Owner.TokenAsync());
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await client.PostAsync("/3/events", content);
        return await Answer.ReadAsync(response);
    }

    /// <summary>Waits (up to the conformance tool's 30 s) for the requester to receive the owner's answer to request <paramref name="requestEventId"/>.</summary>
    internal async Task<PactEventRecord> AnswerAtRequesterAsync(string requestEventId)
    {
        var store = Requester.Service<PactEventStore>();
        for (var i = 0; i < 300; i++)
        {
            var received = (await store.OfClientAsync(OwnerAtRequester, CancellationToken.None))
                .FirstOrDefault(e => JsonDocument.Parse(e.DataJson).RootElement.TryGetProperty("requestEventId", out var id) && id.GetString() == requestEventId);
            if (received is not null)
            {
                return received;
            }
            await Task.Delay(100);
        }
        var pending = (await Owner.Service<PactEventStore>().OfClientAsync(PactHost.ClientId, CancellationToken.None)).FirstOrDefault(e => e.EventId == requestEventId);
        throw new Xunit.Sdk.XunitException($"No answer to {requestEventId} reached the requester; at the owner: {pending?.AnswerState} after {pending?.Attempts} attempts, {pending?.LastError}");
    }

    /// <summary>One HTTP answer: status, headers and the body (parsed when it is JSON).</summary>
    internal sealed record Answer(HttpStatusCode Status, HttpResponseHeaders Headers, string? ContentType, string Text)
    {
        public JsonElement Json => JsonDocument.Parse(Text).RootElement;

        public static async Task<Answer> ReadAsync(HttpResponseMessage response) =>
            new(response.StatusCode, response.Headers, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());

        public IReadOnlyList<string> Ids => [.. Json.GetProperty("data").EnumerateArray().Select(pf => pf.GetProperty("id").GetString()!)];

        public override string ToString() => $"{(int)Status} {Text}";
    }
}
