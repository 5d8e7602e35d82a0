using Microfactory.Passport.Model;

namespace Microfactory.Server.Features.Passports;

/// <summary>A built passport: its facts and its AAS environment (one shell and its submodels, valid).</summary>
/// <param name="Facts">What it was built from.</param>
/// <param name="Environment">The AAS environment.</param>
/// <param name="Notice">Why a product-type passport stands in for a unit's (the unit is not finished yet); null otherwise.</param>
internal sealed record IssuedPassport(PassportFacts Facts, AasEnvironment Environment, string? Notice)
{
    public bool IsUnit => Facts.Unit is not null;
}
