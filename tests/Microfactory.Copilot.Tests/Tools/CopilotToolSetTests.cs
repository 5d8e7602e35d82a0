using System.Text.Json;
using Microfactory.Copilot.Tests.Fixture;
using Microfactory.Copilot.Tools;
using Microfactory.Copilot.Tools.Data;
using Microsoft.Extensions.AI;

namespace Microfactory.Copilot.Tests.Tools;

public sealed class CopilotToolSetTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void Tools_EveryContract_NamedWithAnObjectSchema()
    {
        var tools = new SyntheticPlant().Tools.Tools;

        Assert.Equal(
            ["list_orders", "get_order", "explain_order", "get_live_plan", "get_machine_states", "get_oee", "get_alarms", "get_maintenance_history",
             "get_template_footprint", "get_unit_footprint", "get_supplier_coverage", "get_passport", "list_templates", "get_template", "list_materials",
             "search_documents", "pin_operation", "record_downtime", "change_priority"],
            tools.Select(t => t.Name));
        Assert.All(tools, t => Assert.Equal("object", t.ParametersSchema.GetProperty("type").GetString()));
        Assert.Equal(["pin_operation", "record_downtime", "change_priority"], tools.Where(t => t.ChangesState).Select(t => t.Name));
        Assert.True(tools.Single(t => t.Name == "get_oee").ParametersSchema.GetProperty("properties").TryGetProperty("period", out _));
    }

    [Fact]
    public async Task InvokeAsync_ReadTool_DataAndCitations()
    {
        var plant = new SyntheticPlant();

        var outcome = await plant.Tools.InvokeAsync(PlantData.Operator, "get_oee", Json("""{"machine": "mch_laser", "period": "LastShift"}"""), default);

        Assert.Equal(ToolStatus.Ok, outcome.Status);
        Assert.Equal(0.7497m, Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<OeeFigures>>(outcome.Data)).Oee);
        Assert.Equal(new Citation("oee", "mch_laser", "OEE Laser cutter", "/shopfloor/dashboard"), Assert.Single(outcome.Citations));
    }

    [Fact]
    public async Task InvokeAsync_RoleMayNotUseTool_NotAllowedAndHostNeverAsked()
    {
        var plant = new SyntheticPlant();

        var outcome = await plant.Tools.InvokeAsync(PlantData.Acme, "get_oee", Json("""{"period": "LastShift"}"""), default);

        Assert.Equal(ToolStatus.NotAllowed, outcome.Status);
        Assert.Null(outcome.Data);
        Assert.Equal(0, plant.Data.Calls);
    }

    [Fact]
    public async Task InvokeAsync_BadArguments_InvalidNamingTheField()
    {
        var plant = new SyntheticPlant();

        var badPeriod = await plant.Tools.InvokeAsync(PlantData.Operator, "get_oee", Json("""{"period": "Fortnight"}"""), default);
        var emptyOrder = await plant.Tools.InvokeAsync(PlantData.Planner, "get_order", Json("""{"order": " "}"""), default);
        var backwards = await plant.Tools.InvokeAsync(PlantData.Planner, "record_downtime",
            Json("""{"machine": "mch_laser", "from": "2026-12-04T16:00:00+01:00", "to": "2026-12-04T14:00:00+01:00", "reason": "x"}"""), default);

        Assert.Equal(ToolStatus.Invalid, badPeriod.Status);
        Assert.StartsWith("period:", badPeriod.Message, StringComparison.Ordinal);
        Assert.Equal("order: must not be empty.", emptyOrder.Message);
        Assert.Equal("to: must be after from.", backwards.Message);
        Assert.Empty(plant.Actions.Done);
    }

    [Fact]
    public async Task InvokeAsync_ChangingTool_ProposesAndChangesNothing()
    {
        var plant = new SyntheticPlant();

        var outcome = await plant.Tools.InvokeAsync(PlantData.Planner, "change_priority", Json("""{"order": "SO-1042", "priority": 5}"""), default);

        Assert.Equal(ToolStatus.Proposed, outcome.Status);
        Assert.Equal("change_priority", outcome.Proposal!.Tool);
        Assert.Equal("Set the priority of SO-1042 to 5.", outcome.Proposal.Summary);
        Assert.Empty(plant.Actions.Done);
    }

    [Fact]
    public async Task ConfirmAsync_AllowedRole_RunsOnceAsTheConfirmingUser()
    {
        var plant = new SyntheticPlant();
        var proposed = await plant.Tools.InvokeAsync(PlantData.Planner, "change_priority", Json("""{"order": "SO-1042", "priority": 5}"""), default);

        var done = await plant.Tools.ConfirmAsync(PlantData.Planner, proposed.Proposal!, default);

        Assert.Equal(ToolStatus.Done, done.Status);
        Assert.Equal(["priority SO-1042 5 by usr_planner"], plant.Actions.Done);
        Assert.Equal("order", Assert.Single(done.Citations).Kind);
    }

    [Fact]
    public async Task ConfirmAsync_RoleNotAllowed_NotAllowedAndNothingRuns()
    {
        var plant = new SyntheticPlant();
        var proposed = await plant.Tools.InvokeAsync(PlantData.Planner, "record_downtime",
            Json("""{"machine": "mch_laser", "from": "2026-12-04T14:00:00+01:00", "to": "2026-12-04T16:00:00+01:00", "reason": "nozzle"}"""), default);

        var refused = await plant.Tools.ConfirmAsync(PlantData.Operator, proposed.Proposal!, default);
        var notAnAction = await plant.Tools.ConfirmAsync(PlantData.Planner, proposed.Proposal! with { Tool = "get_oee" }, default);

        Assert.Equal(ToolStatus.NotAllowed, refused.Status);
        Assert.Equal(ToolStatus.Invalid, notAnAction.Status);
        Assert.Empty(plant.Actions.Done);
    }

    [Fact]
    public void AsAIFunctions_Customer_OnlyTheToolsItsRoleMayUse()
    {
        var functions = new SyntheticPlant().Tools.AsAIFunctions(PlantData.Acme);

        var names = functions.Select(f => f.Name).ToList();
        Assert.Contains("explain_order", names);
        Assert.Contains("get_passport", names);
        Assert.DoesNotContain("get_oee", names);
        Assert.DoesNotContain("get_live_plan", names);
        Assert.DoesNotContain("record_downtime", names);
    }

    [Fact]
    public async Task AIFunction_ReadTool_RunsAsTheBoundUserAndReturnsCitations()
    {
        var plant = new SyntheticPlant();
        var explain = (AIFunction)plant.Tools.AsAIFunctions(PlantData.Birch).Single(f => f.Name == "explain_order");

        var own = (JsonElement)(await explain.InvokeAsync(new AIFunctionArguments(new Dictionary<string, object?> { ["order"] = "SO-1043" })))!;
        var other = (JsonElement)(await explain.InvokeAsync(new AIFunctionArguments(new Dictionary<string, object?> { ["order"] = "SO-1042" })))!;

        Assert.Equal("Ok", own.GetProperty("status").GetString());
        Assert.Equal("SO-1043", own.GetProperty("data").GetProperty("order").GetProperty("number").GetString());
        Assert.Equal("order", own.GetProperty("citations")[0].GetProperty("kind").GetString());
        Assert.Equal("NotFound", other.GetProperty("status").GetString());
        Assert.False(other.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task AIFunction_ChangingTool_ReturnsTheProposalAndDoesNotAct()
    {
        var plant = new SyntheticPlant();
        var pin = (AIFunction)plant.Tools.AsAIFunctions(PlantData.Planner).Single(f => f.Name == "pin_operation");

        var reply = (JsonElement)(await pin.InvokeAsync(new AIFunctionArguments(new Dictionary<string, object?>
        {
            ["operation"] = "L1042.1.bend", ["machine"] = "mch_press", ["start"] = "2026-12-04T16:00:00+01:00",
        })))!;

        Assert.Equal("Proposed", reply.GetProperty("status").GetString());
        Assert.Equal("pin_operation", reply.GetProperty("proposal").GetProperty("tool").GetString());
        Assert.Empty(plant.Actions.Done);
    }
}
