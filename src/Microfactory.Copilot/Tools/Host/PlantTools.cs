namespace Microfactory.Copilot.Tools.Host;

/// <summary>Everything the host plugs in: one implementation of each tool contract.</summary>
/// <param name="Orders">Orders and their explanations.</param>
/// <param name="Plan">The live plan.</param>
/// <param name="Machines">States, OEE, alarms, history.</param>
/// <param name="Carbon">Footprints and supplier coverage.</param>
/// <param name="Passports">Passports.</param>
/// <param name="Catalogue">Templates and materials.</param>
/// <param name="Documents">Manual and SOP search.</param>
/// <param name="Actions">The changing actions.</param>
public sealed record PlantTools(
    IOrderTools Orders, IPlanTools Plan, IMachineTools Machines, ICarbonTools Carbon, IPassportTools Passports, ICatalogueTools Catalogue,
    IDocumentSearch Documents, IPlantActions Actions);
