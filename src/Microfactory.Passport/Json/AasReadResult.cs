using Microfactory.Passport.Model;

namespace Microfactory.Passport.Json;

/// <summary>The outcome of reading AAS JSON: an environment, or a message naming the path and what was expected there.</summary>
/// <param name="Environment">The environment read, or null when the JSON could not be read.</param>
/// <param name="Error">Why not, for example <c>submodels[0].submodelElements[1].valueType: 'xs:money' is not an XSD value type</c>.</param>
public sealed record AasReadResult(AasEnvironment? Environment, string? Error)
{
    /// <summary>Whether an environment was read.</summary>
    public bool Succeeded => Environment is not null;
}
