using Microfactory.Passport.Model;

namespace Microfactory.Passport.Packaging;

/// <summary>What <see cref="AasxReader"/> found: the environment and the supplementary files, or an error that says what is wrong
/// with the package (never an exception for a bad package).</summary>
public sealed record AasxReadResult
{
    private AasxReadResult(AasEnvironment? environment, IReadOnlyList<AasxFile> files, string? error)
    {
        Environment = environment;
        Files = files;
        Error = error;
    }

    /// <summary>The environment from the aas-spec part; null on error.</summary>
    public AasEnvironment? Environment { get; }

    /// <summary>The supplementary files the aas-spec part relates to, in relationship order; empty on error.</summary>
    public IReadOnlyList<AasxFile> Files { get; }

    /// <summary>What is wrong with the package; null on success.</summary>
    public string? Error { get; }

    /// <summary>Whether the package was read.</summary>
    public bool Succeeded => Environment is not null;

    internal static AasxReadResult Read(AasEnvironment environment, IReadOnlyList<AasxFile> files) => new(environment, files, null);

    internal static AasxReadResult Failed(string error) => new(null, [], error);
}
