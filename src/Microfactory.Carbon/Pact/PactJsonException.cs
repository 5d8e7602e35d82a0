using Microfactory.Carbon.Model;

namespace Microfactory.Carbon.Pact;

/// <summary>A rule a PACT document breaks, thrown inside the reader only and returned as a <see cref="Problem"/>.</summary>
internal sealed class PactJsonException(string field, string rule) : Exception($"{field}: {rule}")
{
    public Problem Problem { get; } = new(field, rule);
}
