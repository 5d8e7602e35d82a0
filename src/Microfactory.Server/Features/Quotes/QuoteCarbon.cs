using Microfactory.Carbon.Model;
using Microfactory.Core.Materials;
using Microfactory.Server.Features.Carbon;

namespace Microfactory.Server.Features.Quotes;

/// <summary>What the carbon engine needs for a quote's footprints, loaded once per quote: the catalogue entries of its materials, the suppliers' valid footprints, the carbon settings.</summary>
internal sealed record QuoteCarbon(IReadOnlyDictionary<string, Material> Materials, IReadOnlyList<SupplierFootprint> SupplierFootprints, CarbonOptions Options);
