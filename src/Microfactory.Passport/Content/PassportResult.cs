using Microfactory.Passport.Model;
using Microfactory.Passport.Validation;

namespace Microfactory.Passport.Content;

/// <summary>A built passport, or why none was built. Exactly one of <see cref="Environment"/> and a non-empty <see cref="Errors"/>
/// is set. Errors name the input field (<c>Materials[2].MassKg</c>) and the rule; a built environment has passed
/// <see cref="AasValidator"/>.</summary>
public sealed record PassportResult
{
    private PassportResult(AasEnvironment? environment, IReadOnlyList<Violation> errors)
    {
        Environment = environment;
        Errors = errors;
    }

    /// <summary>The passport: one shell and its submodels.</summary>
    public AasEnvironment? Environment { get; }

    /// <summary>What is wrong with the input; empty when <see cref="Environment"/> is set.</summary>
    public IReadOnlyList<Violation> Errors { get; }

    /// <summary>Whether a passport was built.</summary>
    public bool Succeeded => Environment is not null;

    internal static PassportResult Built(AasEnvironment environment) => new(environment, []);

    internal static PassportResult Failed(IReadOnlyList<Violation> errors) => new(null, errors);
}
