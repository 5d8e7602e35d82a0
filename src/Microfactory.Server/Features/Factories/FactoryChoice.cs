using Microfactory.Core.Factories;
using Microfactory.Core.Validation;

namespace Microfactory.Server.Features.Factories;

/// <summary>
/// Which factory a request means: the one named, else the server's only factory; a server with several needs the
/// client to choose. Quotes and orders both ask, with their own purpose in the messages.
/// </summary>
internal static class FactoryChoice
{
    /// <summary>The factory, or null with the reason under <c>factoryId</c> in <paramref name="errors"/>.</summary>
    /// <param name="purpose">What the factory is for, to finish "no factory yet to …" ("quote", "make the order").</param>
    public static async Task<Factory?> ResolveAsync(
        FactoryStore factories, string? factoryId, string purpose, int maxIdLength, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (factoryId is null)
        {
            var (items, total) = await factories.ListAsync(0, 2, cancellationToken);
            if (total == 1)
            {
                return items[0];
            }
            errors.Add("factoryId", total == 0
                ? $"factoryId: this server has no factory yet to {purpose}."
                : $"factoryId is required: this server has {total} factories, name the one to {purpose} (see GET /api/v1/factories).");
            return null;
        }
        var factory = factoryId.Length <= maxIdLength ? await factories.GetAsync(factoryId, cancellationToken) : null;
        if (factory is null)
        {
            errors.Add("factoryId", $"factoryId '{(factoryId.Length <= maxIdLength ? factoryId : factoryId[..20] + "…")}' names no factory.");
        }
        return factory;
    }
}
