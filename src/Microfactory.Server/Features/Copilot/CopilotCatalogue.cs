using System.Text.RegularExpressions;
using Microfactory.Copilot.Conversation;
using Microfactory.Copilot.Tools;
using Microfactory.Core.Machines;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Execution;
using Microfactory.Server.Features.Orders;
using Microfactory.Server.Features.Plans;
using Microfactory.Server.Features.Templates;

namespace Microfactory.Server.Features.Copilot;

/// <summary>
/// The names the offline engine recognises, per request and as the asking user sees them: machines with their everyday
/// names ("laser", "press brake", 雷射切割機), the orders and serials the user may see, the templates, the live plan's
/// operations (staff), and now in the factory's zone.
/// </summary>
internal sealed partial class CopilotCatalogue(CopilotPlant plant, OrderService orders, ExecutionStore units, TemplateService templates, LivePlans plans)
{
    /// <summary>Live plan operations offered for pinning; a bigger plan is named by id in the question anyway.</summary>
    public const int MaxOperations = 5_000;

    /// <summary>Everyday names per capability, English and 繁體中文; the first machine with the capability gets them.</summary>
    private static readonly Dictionary<string, (string[] Aliases, string Chinese)> Everyday = new(StringComparer.Ordinal)
    {
        ["cap_laser_cut_metal"] = (["laser", "laser cutter", "fiber laser", "fibre laser", "metal laser", "光纖雷射", "雷射"], "雷射切割機"),
        ["cap_laser_cut_wood"] = (["co2 laser", "co2 laser cutter", "wood laser", "CO2雷射"], "CO2雷射切割機"),
        ["cap_bending"] = (["press brake", "brake", "bender", "bending machine", "折彎"], "折彎機"),
        ["cap_cnc_routing"] = (["router", "cnc router", "cnc", "雕刻機"], "CNC路由機"),
        ["cap_fdm_printing"] = (["3d printer", "printer", "fdm printer", "3D打印機"], "3D打印機"),
        ["cap_powder_coating"] = (["powder line", "powder coating", "coating line", "oven", "噴粉"], "噴粉線"),
        ["cap_welding"] = (["welder", "welding", "welding bay", "焊接台"], "焊接"),
        ["cap_assembly"] = (["bench", "assembly bench", "裝配"], "裝配台"),
    };

    /// <summary>
    /// Everyday names of products, by a word of the template's title, in English and 繁體中文: templates have English titles
    /// only, and people ask for "壁架" or "the box", not for a template's full title.
    /// </summary>
    private static readonly (string Word, string[] Aliases)[] ProductWords =
    [
        ("shelf", ["shelf", "壁架", "層架", "牆架", "擱板"]),
        ("enclosure", ["enclosure", "機箱", "外殼", "鐵盒"]),
        ("box", ["box", "收納盒", "儲物盒", "木盒"]),
        ("stand", ["stand", "phone stand", "手機架", "平板架", "支架"]),
    ];

    public async Task<PlantCatalogue> BuildAsync(Caller caller, CancellationToken cancellationToken)
    {
        var factory = await plant.FactoryAsync(cancellationToken);
        var machines = await plant.MachinesAsync(cancellationToken);
        var visible = (await orders.ListAsync(caller, new PageRequest(1, CopilotOrderTools.MaxOrders), cancellationToken)).Items;
        var serials = await units.SerialsOfOrdersAsync(
            [.. visible.Where(o => o.Status is not Core.Orders.OrderStatus.Draft and not Core.Orders.OrderStatus.Submitted).Select(o => o.Id)], cancellationToken);
        var published = (await templates.ListAsync(new PageRequest(1, PageRequest.MaxPageSize), cancellationToken)).Items;
        var operations = caller.IsStaff && factory is not null && await plans.CurrentOrNullAsync(factory.Id, cancellationToken) is { } plan
            ? plan.Operations().Take(MaxOperations).Select(o => o.OperationId).ToList()
            : [];
        return new PlantCatalogue(
            plant.Now(factory),
            Machines(machines),
            [.. visible.Select(o => new CatalogueEntry(o.Id, o.Id, []))],
            Templates(published.Select(t => t.Metadata)),
            serials,
            operations,
            factory is null ? null : CopilotPlant.Zone(factory));
    }

    /// <summary>
    /// Each machine by its name and id; its name without the trailing number when no other machine shares that ("Press
    /// brake"); and the everyday names of its capability for the first machine that has it.
    /// </summary>
    public static IReadOnlyList<CatalogueEntry> Machines(IReadOnlyList<Machine> machines)
    {
        var bases = machines.GroupBy(m => Base(m.Name), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<CatalogueEntry>();
        foreach (var machine in machines.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            var aliases = new List<string>();
            var name = Base(machine.Name);
            if (!string.Equals(name, machine.Name, StringComparison.Ordinal) && bases[name] == 1)
            {
                aliases.Add(name);
            }
            string? chinese = null;
            foreach (var capability in machine.Capabilities.Where(c => Everyday.ContainsKey(c)).Take(1))
            {
                if (taken.Add(capability))
                {
                    aliases.AddRange(Everyday[capability].Aliases);
                    chinese = Everyday[capability].Chinese;
                }
            }
            entries.Add(new CatalogueEntry(machine.Id, machine.Name, aliases, chinese));
        }
        return entries;
    }

    /// <summary>Each template by its title and id words; a product word's everyday names go to the one template whose title has it.</summary>
    public static IReadOnlyList<CatalogueEntry> Templates(IEnumerable<Microfactory.Design.Templates.TemplateMetadata> templates)
    {
        var list = templates.ToList();
        return [.. list.Select(t =>
        {
            var aliases = new List<string> { t.Id.Replace('_', ' ').Replace('-', ' ') };
            foreach (var (word, names) in ProductWords)
            {
                if (list.Count(other => HasWord(other.Title, word)) == 1 && HasWord(t.Title, word))
                {
                    aliases.AddRange(names);
                }
            }
            return new CatalogueEntry(t.Id, t.Title, aliases);
        })];
    }

    private static bool HasWord(string title, string word) =>
        title.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries).Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));

    private static string Base(string name) => TrailingNumber().Replace(name, "").Trim();

    [GeneratedRegex(@"\s+\d+$")]
    private static partial Regex TrailingNumber();
}
