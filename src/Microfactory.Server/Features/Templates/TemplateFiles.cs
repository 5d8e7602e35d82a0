using Microfactory.Design.Evaluation;
using Microfactory.Server.Api;
using Microfactory.Server.Application;

namespace Microfactory.Server.Features.Templates;

/// <summary>
/// Serves one geometry file of a design: the parameter values travel in the query string, so a
/// download link is a plain URL that gives the same bytes every time (designs are deterministic).
/// </summary>
internal static class TemplateFiles
{
    public static async Task<IResult> DownloadAsync(string id, string version, string fileName, IQueryCollection query, TemplateService service, CancellationToken ct)
    {
        var values = query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var extension = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
        var result = await service.DesignAsync(id, version, values, new EvaluationOptions { Formats = new HashSet<string>([extension], StringComparer.Ordinal) }, ct);
        if (result.Outcome != ServiceOutcome.Ok)
        {
            return ApiResults.Problem(result);
        }
        var file = result.Value!.Files.FirstOrDefault(f => string.Equals(f.FileName, fileName, StringComparison.Ordinal));
        return file is null
            ? TypedResults.Problem(title: "Not found", statusCode: StatusCodes.Status404NotFound,
                detail: $"This design has no file '{fileName}'; it has: {string.Join(", ", (await service.DesignAsync(id, version, values, EvaluationOptions.Default, ct)).Value?.Files.Select(f => f.FileName) ?? [])}.")
            : TypedResults.File(file.Content.ToArray(), file.MediaType, file.FileName);
    }

    /// <summary>The query string that carries parameter values, in a stable order.</summary>
    public static string Query(IReadOnlyDictionary<string, string> values) =>
        values.Count == 0
            ? ""
            : "?" + string.Join("&", values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}"));
}
