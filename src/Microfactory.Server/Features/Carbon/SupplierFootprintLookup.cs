using Microfactory.Carbon.Model;
using Microfactory.Server.Features.SupplierFootprints;

namespace Microfactory.Server.Features.Carbon;

/// <summary>
/// The suppliers' own footprints for materials, valid on a date, for the engine to prefer over secondary factors: those
/// the PACT client pulled or a planner uploaded (<see cref="SupplierFootprintStore"/>), of each material's own supplier and
/// naming one of the supplier product ids mapped to the material.
/// </summary>
internal sealed class SupplierFootprintLookup(SupplierFootprintStore store)
{
    public Task<IReadOnlyList<SupplierFootprint>> ValidForAsync(IEnumerable<string> materialIds, DateTimeOffset on, CancellationToken cancellationToken) =>
        store.ValidForAsync(materialIds, on, cancellationToken);
}
