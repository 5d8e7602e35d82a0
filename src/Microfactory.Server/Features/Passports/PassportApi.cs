using System.Security.Claims;
using System.Text.Json.Nodes;
using Microfactory.Passport.Json;
using Microfactory.Passport.Packaging;
using Microfactory.Server.Access;
using Microfactory.Server.Api;
using Microfactory.Server.Application;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Passports;

/// <summary>
/// /api/v1/units/{serial}/passport (AAS JSON), …/passport.aasx (the package with the design files), …/passport/files/{file}
/// and …/qr.svg: anonymous, because a finished unit's passport is public content; and
/// /api/v1/templates/{id}/versions/{version}/passport(.aasx): the product-type passport, for every signed-in user.
/// Answers carry <c>Passport-Kind</c> (<c>unit</c> or <c>product-type</c>) and, when a type passport stands in for an
/// unfinished unit's, <c>Passport-Notice</c> with the reason.
/// </summary>
internal static class PassportApi
{
    public const string KindHeader = "Passport-Kind";
    public const string NoticeHeader = "Passport-Notice";

    public static RouteGroupBuilder MapPassportApi(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units").WithTags("Passports");
        units.MapGet("/{serial}/passport", async (string serial, ClaimsPrincipal user, HttpResponse response, PassportService service, CancellationToken ct) =>
                Json(await service.OfUnitAsync(PassportService.CallerOf(user), serial, ct), response))
            .WithSummary("Get a unit's digital product passport (AAS JSON)")
            .WithDescription("The Asset Administration Shell v3.0 environment of a produced unit: one shell (asset kind Instance, the serial number as a specific asset id) with the submodels Nameplate (IDTA 02006), CarbonFootprint (IDTA 02023, the actual footprint), HandoverDocumentation (IDTA 02004, the design files), MaterialComposition, Disassembly and AsBuiltRecord. Public: no sign-in, and no customer, order or operator in it. Before the unit is finished, staff and its customer get the product-type passport with the header Passport-Notice; everyone else gets 404, as for an unknown serial.")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json").ProducesNotFound()
            .RequireAuthorization(Policies.Public).AllowAnonymous().WithName("GetUnitPassport");
        units.MapGet("/{serial}/passport.aasx", async (string serial, ClaimsPrincipal user, HttpResponse response, PassportService service, CancellationToken ct) =>
                Package(await service.OfUnitAsync(PassportService.CallerOf(user), serial, ct), response, serial))
            .WithSummary("Get a unit's passport as an AASX package")
            .WithDescription("The same environment as …/passport in an AASX package (IDTA-01005 Part 5: aasx-origin, the JSON as aas-spec, the design files as aas-suppl parts under /aasx/files/). Who may read it: as …/passport.")
            .Produces<Stream>(StatusCodes.Status200OK, PassportFiles.AasxMediaType).ProducesNotFound()
            .RequireAuthorization(Policies.Public).AllowAnonymous().WithName("GetUnitPassportPackage");
        units.MapGet("/{serial}/passport/files/{fileName}", async (string serial, string fileName, ClaimsPrincipal user, PassportService service, CancellationToken ct) =>
            {
                var issued = await service.OfUnitAsync(PassportService.CallerOf(user), serial, ct);
                if (issued.Outcome != ServiceOutcome.Ok)
                {
                    return ApiResults.Problem(issued);
                }
                var file = issued.Value!.Facts.Files.FirstOrDefault(f => f.Path == Passport.Content.DesignFile.PackageFolder + fileName);
                return file is null
                    ? TypedResults.Problem(title: "Not found", statusCode: StatusCodes.Status404NotFound,
                        detail: $"This passport has no file '{(fileName.Length <= 80 ? fileName : fileName[..80])}'; it has: {string.Join(", ", issued.Value.Facts.Type.DesignFiles.Select(f => f.FileName))}.")
                    : TypedResults.File(file.Content.ToArray(), file.ContentType, fileName);
            })
            .WithSummary("Download a design file of a unit's passport")
            .WithDescription("One of the files the passport's Handover Documentation links (SVG, DXF, STL, design.json), for the unit's own design. Who may read it: as …/passport.")
            .Produces<Stream>(StatusCodes.Status200OK, "image/svg+xml", "image/vnd.dxf", "model/stl", "application/json").ProducesNotFound()
            .RequireAuthorization(Policies.Public).AllowAnonymous().WithName("DownloadUnitPassportFile");
        units.MapGet("/{serial}/qr.svg", async (string serial, ClaimsPrincipal user, HttpRequest request, PassportService service, IOptions<PassportOptions> options, CancellationToken ct) =>
            {
                var unit = await service.VisibleUnitAsync(PassportService.CallerOf(user), serial, ct);
                return unit is null
                    ? TypedResults.Problem(title: "Not found", detail: PassportService.NoUnit(serial), statusCode: StatusCodes.Status404NotFound)
                    : Results.Text(PassportQr.Svg(PassportQr.PageUrl(options.Value, request, unit.Serial)), "image/svg+xml");
            })
            .WithSummary("Get the QR code of a unit's passport page")
            .WithDescription("An SVG QR code (error correction M) holding the absolute URL of the public page /p/{serial} (Microfactory:Passports:PublicBaseUrl, else the request's scheme and host). Who may read it: as …/passport.")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml").ProducesNotFound()
            .RequireAuthorization(Policies.Public).AllowAnonymous().WithName("GetUnitPassportQr");

        var templates = api.MapGroup("/templates").WithTags("Passports");
        templates.MapGet("/{id}/versions/{version}/passport", async (string id, string version, string? factoryId, HttpResponse response, PassportService service, CancellationToken ct) =>
                Json(await service.OfTypeAsync(id, version, factoryId, ct), response))
            .WithSummary("Get a product-type passport (AAS JSON)")
            .WithDescription("The passport of a template version's default design made at a factory (factoryId may be left out while the platform has one factory): asset kind Type, with the published footprint estimate. version is MAJOR.MINOR.PATCH or latest.")
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/json").ProducesInvalid().ProducesNotFound().ProducesConflict()
            .RequireAuthorization(Policies.AnyUser).WithName("GetTemplatePassport");
        templates.MapGet("/{id}/versions/{version}/passport.aasx", async (string id, string version, string? factoryId, HttpResponse response, PassportService service, CancellationToken ct) =>
                Package(await service.OfTypeAsync(id, version, factoryId, ct), response, $"{id}-{version}"))
            .WithSummary("Get a product-type passport as an AASX package")
            .WithDescription("The same environment as …/passport in an AASX package with the default design's files.")
            .Produces<Stream>(StatusCodes.Status200OK, PassportFiles.AasxMediaType).ProducesInvalid().ProducesNotFound().ProducesConflict()
            .RequireAuthorization(Policies.AnyUser).WithName("GetTemplatePassportPackage");
        return api;
    }

    private static IResult Json(ServiceResult<IssuedPassport> issued, HttpResponse response)
    {
        if (issued.Outcome != ServiceOutcome.Ok)
        {
            return ApiResults.Problem(issued);
        }
        Describe(issued.Value!, response);
        return TypedResults.Bytes(AasJsonWriter.ToUtf8Bytes(issued.Value!.Environment), "application/json");
    }

    private static IResult Package(ServiceResult<IssuedPassport> issued, HttpResponse response, string name)
    {
        if (issued.Outcome != ServiceOutcome.Ok)
        {
            return ApiResults.Problem(issued);
        }
        Describe(issued.Value!, response);
        return TypedResults.File(AasxWriter.ToBytes(issued.Value!.Environment, issued.Value.Facts.Files), PassportFiles.AasxMediaType, PassportFiles.AasxName(name));
    }

    private static void Describe(IssuedPassport passport, HttpResponse response)
    {
        response.Headers[KindHeader] = passport.IsUnit ? "unit" : "product-type";
        if (passport.Notice is { } notice)
        {
            response.Headers[NoticeHeader] = notice;
        }
    }
}
