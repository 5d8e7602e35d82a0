using Microfactory.Copilot.Conversation;
using Microfactory.Copilot.Retrieval;
using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Host;

namespace Microfactory.Copilot.Tests.Fixture;

/// <summary>The synthetic plant wired up as a host would: its tools, its catalogue, an engine per user.</summary>
internal sealed class SyntheticPlant
{
    public SyntheticPlant()
    {
        Data = new InMemoryTools();
        Actions = new RecordingActions();
        Documents = Manuals.Index();
        Tools = new CopilotToolSet(new PlantTools(Data, Data, Data, Data, Data, Data, Documents, Actions));
    }

    public InMemoryTools Data { get; }

    public RecordingActions Actions { get; }

    public DocumentIndex Documents { get; }

    public CopilotToolSet Tools { get; }

    public static PlantCatalogue Catalogue { get; } = new(
        PlantData.Now,
        [
            new("mch_laser", "Laser cutter", ["laser", "laser cutting machine", "雷射"], "雷射切割機"),
            new("mch_press", "Press brake", ["press", "brake press", "折床"], "折彎機"),
            new("mch_weld", "Welding cell", ["welder", "welding robot", "焊接"], "焊接站"),
        ],
        [.. PlantData.Orders.Select(o => new CatalogueEntry(o.Order.Id, o.Order.Number, []))],
        [
            new("wall-shelf", "Wall shelf", ["shelf", "牆架"], "壁架"),
            new("enclosure", "Sheet-metal enclosure", ["enclosure", "機箱"], "鈑金機箱"),
        ],
        ["SN-2026-0007", "SN-2026-0009"],
        ["L1042.1.cut", "L1042.1.bend", "L1042.1.weld"]);

    public OfflineCopilot Copilot(CopilotUser user) => new(Tools, Catalogue, user);

    public Task<CopilotAnswer> AskAsync(CopilotUser user, params string[] turns) => Copilot(user).AskAsync(turns);
}
