using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Microfactory.Server.Access;
using Microfactory.Server.Api;

namespace Microfactory.Server.Features.Passports;

/// <summary>
/// The read part of the AAS HTTP API (IDTA-01002-3-0, Part 2), mounted at /api/v1/aas beside the platform's own API (the
/// specification leaves the base path to the server): shells, a shell's submodel references, submodels and a submodel's
/// value-only form, by base64url-encoded identifier, with the specification's paging (<c>limit</c>, <c>cursor</c>,
/// <c>{paging_metadata, result}</c>) and error body (<c>{messages: [{code, messageType, text, timestamp}]}</c>). Anonymous
/// callers read finished units' shells; signed-in callers also the product types'.
/// </summary>
internal static class AasApi
{
    public static RouteGroupBuilder MapAasApi(this RouteGroupBuilder api)
    {
        var aas = api.MapGroup("/aas").WithTags("Asset Administration Shell (AAS API)").RequireAuthorization(Policies.Public).AllowAnonymous();
        aas.MapGet("/shells", async (string? limit, string? cursor, ClaimsPrincipal user, AasService service, WallClock time, CancellationToken ct) =>
            {
                if (Paging(limit, cursor, time, out var take, out var after, out _) is { } bad)
                {
                    return bad;
                }
                var page = await service.ShellsAsync(PassportService.CallerOf(user), after, take, ct);
                return Page(page.Shells.Select(s => s.Json), page.Cursor);
            })
            .WithSummary("List shells")
            .WithDescription("GetAllAssetAdministrationShells: the passports' shells, finished units first (by serial number), then, for signed-in callers, product types. limit 1–100 (default 25); cursor from the previous page's paging_metadata.")
            .Produces<AasPage>().Produces<AasResult>(StatusCodes.Status400BadRequest)
            .WithName("ListAasShells");
        aas.MapGet("/shells/{aasIdentifier}", async (string aasIdentifier, ClaimsPrincipal user, AasService service, WallClock time, CancellationToken ct) =>
            {
                var (shell, error) = await ShellAsync(aasIdentifier, user, service, time, ct);
                return error ?? Json(shell!.Json);
            })
            .WithSummary("Get a shell")
            .WithDescription("GetAssetAdministrationShellById; aasIdentifier is the shell id, base64url-encoded without padding.")
            .Produces<JsonObject>().Produces<AasResult>(StatusCodes.Status400BadRequest).Produces<AasResult>(StatusCodes.Status404NotFound)
            .WithName("GetAasShell");
        aas.MapGet("/shells/{aasIdentifier}/submodel-refs", async (string aasIdentifier, string? limit, string? cursor, ClaimsPrincipal user, AasService service,
                WallClock time, CancellationToken ct) =>
            {
                if (PagingLimit(limit, time, out var take) is { } bad)
                {
                    return bad;
                }
                var skip = 0;
                if (cursor is not null && !(AasIdentifiers.TryDecode(cursor, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out skip)))
                {
                    return Error(StatusCodes.Status400BadRequest, "cursor is not a cursor this server gave: pass paging_metadata.cursor of the previous page as it is.", time);
                }
                var (shell, error) = await ShellAsync(aasIdentifier, user, service, time, ct);
                if (error is not null)
                {
                    return error;
                }
                var references = shell!.Json["submodels"]?.AsArray().Select(r => r!.DeepClone().AsObject()).ToList() ?? [];
                var next = skip + take < references.Count ? AasIdentifiers.Encode((skip + take).ToString(CultureInfo.InvariantCulture)) : null;
                return Page(references.Skip(skip).Take(take), next);
            })
            .WithSummary("List a shell's submodel references")
            .WithDescription("GetAllSubmodelReferences: the model references to the shell's submodels, paged like the shells.")
            .Produces<AasPage>().Produces<AasResult>(StatusCodes.Status400BadRequest).Produces<AasResult>(StatusCodes.Status404NotFound)
            .WithName("ListAasSubmodelRefs");
        aas.MapGet("/submodels", async (string? limit, string? cursor, ClaimsPrincipal user, AasService service, WallClock time, CancellationToken ct) =>
            {
                if (Paging(limit, cursor, time, out var take, out var after, out var index) is { } bad)
                {
                    return bad;
                }
                var page = await service.SubmodelsAsync(PassportService.CallerOf(user), after, index, take, ct);
                return Page(page.Submodels, page.Cursor);
            })
            .WithSummary("List submodels")
            .WithDescription("GetAllSubmodels: every shell's submodels in shell order (as GET /shells lists them), paged.")
            .Produces<AasPage>().Produces<AasResult>(StatusCodes.Status400BadRequest)
            .WithName("ListAasSubmodels");
        aas.MapGet("/submodels/{submodelIdentifier}", async (string submodelIdentifier, ClaimsPrincipal user, AasService service, WallClock time, CancellationToken ct) =>
            {
                var (submodel, error) = await SubmodelAsync(submodelIdentifier, user, service, time, ct);
                return error ?? Json(submodel!);
            })
            .WithSummary("Get a submodel")
            .WithDescription("GetSubmodelById; submodelIdentifier is the submodel id, base64url-encoded without padding.")
            .Produces<JsonObject>().Produces<AasResult>(StatusCodes.Status400BadRequest).Produces<AasResult>(StatusCodes.Status404NotFound)
            .WithName("GetAasSubmodel");
        aas.MapGet("/submodels/{submodelIdentifier}/$value", async (string submodelIdentifier, ClaimsPrincipal user, AasService service, WallClock time, CancellationToken ct) =>
            {
                var (submodel, error) = await SubmodelAsync(submodelIdentifier, user, service, time, ct);
                return error ?? Json(AasValueOnly.Of(submodel!));
            })
            .WithSummary("Get a submodel's values")
            .WithDescription("GetSubmodelById-ValueOnly: the submodel's values keyed by idShort (Part 2, value-only serialisation): properties as JSON strings, numbers or booleans by their value type, multi-language properties as [{language: text}], files as {contentType, value}, collections as objects, lists as arrays.")
            .Produces<JsonObject>().Produces<AasResult>(StatusCodes.Status400BadRequest).Produces<AasResult>(StatusCodes.Status404NotFound)
            .WithName("GetAasSubmodelValue");
        return api;
    }

    private static async Task<(AasService.Shell? Shell, IResult? Error)> ShellAsync(string encoded, ClaimsPrincipal user, AasService service, WallClock time,
        CancellationToken ct)
    {
        if (!AasIdentifiers.TryDecode(encoded, out var id))
        {
            return (null, Malformed("aasIdentifier", time));
        }
        var shell = AasIdentifiers.ShellOf(service.Domain, id) is { } key ? await service.ShellAsync(PassportService.CallerOf(user), key, ct) : null;
        return shell is not null && shell.Json["id"]?.GetValue<string>() == id
            ? (shell, null)
            : (null, Error(StatusCodes.Status404NotFound, $"No shell with id '{Short(id)}'.", time));
    }

    private static async Task<(JsonObject? Submodel, IResult? Error)> SubmodelAsync(string encoded, ClaimsPrincipal user, AasService service, WallClock time,
        CancellationToken ct)
    {
        if (!AasIdentifiers.TryDecode(encoded, out var id))
        {
            return (null, Malformed("submodelIdentifier", time));
        }
        var shell = AasIdentifiers.SubmodelOf(service.Domain, id) is { } key ? await service.ShellAsync(PassportService.CallerOf(user), key.Shell, ct) : null;
        var submodel = shell?.Submodels.FirstOrDefault(s => s["id"]?.GetValue<string>() == id);
        return submodel is not null ? (submodel, null) : (null, Error(StatusCodes.Status404NotFound, $"No submodel with id '{Short(id)}'.", time));
    }

    private static IResult? Paging(string? limit, string? cursor, WallClock time, out int take, out ShellKey? after, out int? index)
    {
        after = null;
        index = null;
        if (PagingLimit(limit, time, out take) is { } bad)
        {
            return bad;
        }
        if (cursor is not null)
        {
            if (!ShellKey.TryParseCursor(cursor, out var key, out index))
            {
                return Error(StatusCodes.Status400BadRequest, "cursor is not a cursor this server gave: pass paging_metadata.cursor of the previous page as it is.", time);
            }
            after = key;
        }
        return null;
    }

    private static IResult? PagingLimit(string? limit, WallClock time, out int take)
    {
        take = AasService.DefaultLimit;
        if (limit is not null && !(int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) && take is >= 1 and <= AasService.MaxLimit))
        {
            return Error(StatusCodes.Status400BadRequest, $"limit must be a whole number from 1 to {AasService.MaxLimit}.", time);
        }
        return null;
    }

    private static IResult Malformed(string name, WallClock time) =>
        Error(StatusCodes.Status400BadRequest, $"{name} must be the identifier base64url-encoded (RFC 4648 §5, without padding) from UTF-8, at most {AasIdentifiers.MaxIdLength} characters decoded.", time);

    private static IResult Error(int status, string text, WallClock time) =>
        TypedResults.Json(new AasResult([new AasMessage(status.ToString(CultureInfo.InvariantCulture), "Error", text, time.GetUtcNow())]), statusCode: status);

    private static IResult Page(IEnumerable<JsonObject> items, string? cursor) => TypedResults.Ok(new AasPage(new AasPagingMetadata { Cursor = cursor }, [.. items]));

    private static IResult Json(JsonNode node) => TypedResults.Text(node.ToJsonString(), "application/json");

    private static string Short(string value) => value.Length <= 120 ? value : value[..120] + "…";
}
