using System.Security.Claims;
using Microfactory.Passport.Content;
using Microfactory.Server.Access;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Orders;
using Microsoft.Extensions.Options;

namespace Microfactory.Server.Features.Passports;

/// <summary>
/// Issues passports and decides who may read them. A finished unit's passport is public content (the product, its materials,
/// footprint, how it was made and how to take it apart; never a customer, order or operator), so anyone may read it. Before
/// the unit is finished its serial is known only to staff and the order's customer: they get the product-type passport with
/// a notice saying so, everyone else the same 404 as for a serial that does not exist. A template version's passport follows
/// the catalogue: every signed-in user.
/// </summary>
internal sealed class PassportService(ExecutionStore execution, OrderStore orders, PassportSources sources, IOptions<PassportOptions> options)
{
    private readonly Lazy<PassportIssuer> _issuer = new(() => new PassportIssuer(options.Value.IssuerDomain));

    /// <summary>The issuer the passports' ids are minted under.</summary>
    public PassportIssuer Issuer => _issuer.Value;

    /// <summary>The caller of a request that may be anonymous: null when nobody is signed in.</summary>
    public static Caller? CallerOf(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? user.ToCaller() : null;

    /// <summary>The passport of the unit with <paramref name="serial"/> as <paramref name="caller"/> (null: anonymous) may read it.</summary>
    public async Task<ServiceResult<IssuedPassport>> OfUnitAsync(Caller? caller, string serial, CancellationToken cancellationToken)
    {
        var unit = await VisibleUnitAsync(caller, serial, cancellationToken);
        if (unit is null)
        {
            return ServiceResult<IssuedPassport>.NotFound(NoUnit(serial));
        }
        if (unit.Status == UnitStatus.Completed)
        {
            return Build(await sources.OfUnitAsync(unit, cancellationToken), null);
        }
        var type = await sources.OfTypeAsync(unit.TemplateId, unit.TemplateVersion, unit.FactoryId, cancellationToken);
        return Build(type, $"Unit {unit.Serial} is still in production: this is the passport of its product type ({unit.TemplateId} {unit.TemplateVersion}). "
            + "The unit's own passport is issued when its last operation is done.");
    }

    /// <summary>The unit if <paramref name="caller"/> may see it: anyone once it is finished, staff and its customer before.</summary>
    public async Task<ProducedUnit?> VisibleUnitAsync(Caller? caller, string serial, CancellationToken cancellationToken)
    {
        var unit = serial.Length <= SerialNumbers.MaxLength ? await execution.UnitAsync(serial, cancellationToken) : null;
        if (unit is null || unit.Status == UnitStatus.Completed)
        {
            return unit;
        }
        if (caller is null)
        {
            return null;
        }
        return caller.IsStaff || (await orders.GetAsync(unit.OrderId, cancellationToken) is { } order && caller.MayActFor(order.CustomerId)) ? unit : null;
    }

    /// <summary>The passport of a template version's default design (every signed-in user may read the catalogue).</summary>
    public async Task<ServiceResult<IssuedPassport>> OfTypeAsync(string templateId, string version, string? factoryId, CancellationToken cancellationToken) =>
        Build(await sources.OfTypeAsync(templateId, version, factoryId, cancellationToken), null);

    /// <summary>The message of every unknown or hidden serial: the same words whether or not it exists for someone else.</summary>
    public static string NoUnit(string serial) => $"No passport for serial number '{(serial.Length <= 80 ? serial : serial[..80] + "…")}'.";

    private ServiceResult<IssuedPassport> Build(ServiceResult<PassportFacts> gathered, string? notice)
    {
        if (gathered.Outcome != ServiceOutcome.Ok)
        {
            return gathered.Outcome switch
            {
                ServiceOutcome.NotFound => ServiceResult<IssuedPassport>.NotFound(gathered.Message!),
                ServiceOutcome.Invalid => ServiceResult<IssuedPassport>.Invalid(gathered.Errors),
                _ => ServiceResult<IssuedPassport>.Conflict(gathered.Errors.FirstOrDefault()?.Field ?? "passport", gathered.Message!),
            };
        }
        var facts = gathered.Value!;
        var built = facts.Unit is { } unit ? PassportBuilder.BuildUnit(unit, Issuer) : PassportBuilder.BuildType(facts.Type, Issuer);
        // The records feed the builder; what it refuses (a text too long for the AAS, a name with a control character) is named, not shipped.
        return built.Succeeded
            ? ServiceResult<IssuedPassport>.Ok(new IssuedPassport(facts, built.Environment!, notice))
            : ServiceResult<IssuedPassport>.Conflict("passport",
                "The records do not make a valid passport: " + string.Join(" ", built.Errors.Take(5).Select(e => $"{e.Path}: {e.Message}")));
    }
}
