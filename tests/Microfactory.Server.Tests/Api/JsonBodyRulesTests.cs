using System.Net;
using System.Text;
using Microfactory.Server.Tests.Support;

namespace Microfactory.Server.Tests.Api;

/// <summary>JSON bodies must be UTF-8 and within the size limit, on every operation that reads one.</summary>
public sealed class JsonBodyRulesTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly TestHost _host = fixture.Host;

    [Fact]
    public async Task EveryJsonOperation_BogusCharset_Is415ProblemAndServerStillAnswers()
    {
        var operations = ApiOperations();
        Assert.True(operations.Count >= 16, $"Expected at least the 16 JSON-body operations of the issue, found {operations.Count}: {string.Join(", ", operations)}");
        using var admin = _host.Admin();
        foreach (var operation in operations)
        {
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), operation.Url("x"))
            {
                Content = new StringContent("{}", Encoding.UTF8, "application/json"),
            };
            request.Content.Headers.ContentType!.CharSet = "bogus";
            var response = await admin.SendAsync(request);
            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
            Assert.Contains("bogus", problem.GetProperty("errors").GetProperty("Content-Type")[0].GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/health")).StatusCode);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("UTF-8")]
    [InlineData("\"utf-8\"")]
    [InlineData(null)]
    public async Task JsonBody_Utf8OrNoCharset_IsAccepted(string? charset)
    {
        using var admin = _host.Admin();
        using var content = new StringContent("""{"name":"Charset Supplies","country":"HK","leadTimeDays":2,"contactEmail":"charset@supplies.example"}""", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(charset is null ? "application/json" : $"application/json; charset={charset}");
        var response = await admin.PostAsync("/api/v1/suppliers", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task JsonBody_OverTheLimit_Is413ProblemWhetherLengthIsKnownOrChunked(bool chunked)
    {
        using var admin = _host.Admin();
        admin.DefaultRequestHeaders.ExpectContinue = true; // as curl does for large bodies, so an early refusal is read, not cut off
        var body = $$"""{"name":"{{new string('x', 1_100_000)}}","country":"HK","leadTimeDays":2,"contactEmail":"big@supplies.example"}""";
        using var content = chunked ? new ChunkedContent(body) : (HttpContent)new StringContent(body, Encoding.UTF8, "application/json");
        var response = await admin.PostAsync("/api/v1/suppliers", content);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        using var fresh = _host.Admin();
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/health")).StatusCode);
        Assert.DoesNotContain("big@supplies.example", await fresh.GetStringAsync("/api/v1/suppliers?pageSize=200"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonBody_JustUnderTheLimit_IsReadAndValidated()
    {
        using var admin = _host.Admin();
        var body = $$"""{"name":"{{new string('x', 1_000_000)}}","country":"HK","leadTimeDays":2,"contactEmail":"big@supplies.example"}""";
        var response = await admin.PostAsync("/api/v1/suppliers", new StringContent(body, Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "name"); // read in full, then refused by the 200-character rule
    }

    private List<ApiOperation> ApiOperations() => [.. ApiOperation.JsonBodies(_host)];

    /// <summary>A body sent with Transfer-Encoding: chunked (no Content-Length), as streaming clients send it.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedContent(string text)
        {
            _bytes = Encoding.UTF8.GetBytes(text);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < _bytes.Length; offset += 64 * 1024)
            {
                await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(64 * 1024, _bytes.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
