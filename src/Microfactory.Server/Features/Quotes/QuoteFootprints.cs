using Microfactory.Carbon.Calculation;
using Microfactory.Carbon.Model;
using Microfactory.Server.Features.Carbon;

namespace Microfactory.Server.Features.Quotes;

/// <summary>
/// The footprint of one quote option: every unit's bill of materials, and the energy of each tentative operation
/// (the machine's working power over its planned start and end) at the grid intensity of those hours.
/// </summary>
internal static class QuoteFootprints
{
    /// <summary>The option's footprint for all its units, or null when the engine refuses the data.</summary>
    public static Footprint? Calculate(QuoteOffers.Request request, QuoteCarbon carbon, IReadOnlyList<QuoteOperation> operations)
    {
        var model = request.Plan.Model;
        var power = model.Machines.ToDictionary(m => m.Id, m => m.WorkingPowerKw, StringComparer.Ordinal);
        var bom = request.Lines.SelectMany(l => FootprintService.Bom(l.Design, l.Line.Quantity)).ToList();
        var energy = operations.Select(o => new OperationKwh($"{o.LineNumber}.{o.Unit}.{o.StepId}",
            Math.Round((decimal)(power.GetValueOrDefault(o.MachineId) * (o.End - o.Start).TotalHours), 6), o.Start, o.End, false)).ToList();
        var units = request.Lines.Sum(l => l.Line.Quantity);
        var input = FootprintInputs.Build(FootprintKind.Estimate, "quote", units, request.Now, bom, carbon.Materials, carbon.SupplierFootprints, energy,
            model.Factory, carbon.Options);
        var result = FootprintCalculator.Calculate(input);
        return result.IsSuccess ? result.Footprint : null;
    }
}
