using System.Net;
using System.Text.Json;

namespace Microfactory.Server.Tests.Support;

/// <summary>Checks that a response is an RFC 9457 problem with the expected status and, for 400s, an error keyed by the expected field.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        if (field is not null)
        {
            var errors = problem.GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out var messages), $"Expected an error for '{field}' in {body}");
            Assert.All(messages.EnumerateArray(), m => Assert.Contains(field.Split('[', '.')[0], m.GetString(), StringComparison.Ordinal));
        }
        return problem;
    }
}
