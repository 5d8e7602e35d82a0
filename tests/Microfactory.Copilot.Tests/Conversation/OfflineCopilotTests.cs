using Microfactory.Copilot.Conversation;
using Microfactory.Copilot.Tests.Fixture;
using Microfactory.Copilot.Tools;
using Microsoft.Extensions.AI;

namespace Microfactory.Copilot.Tests.Conversation;

public sealed class OfflineCopilotTests
{
    [Fact]
    public async Task AskAsync_WhyLate_NumbersFromTheToolAndEveryRecordCited()
    {
        var answer = await new SyntheticPlant().AskAsync(PlantData.Planner, "why is order SO-1042 late");

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.StartsWith("Order SO-1042 is planned to finish at 2026-12-05 11:30, 18.5 h after its promise of 2026-12-04 17:00.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2. Bending waits for Press brake to come back from downtime (hydraulic pump replacement), 2026-12-04 14:00–2026-12-04 15:30.", answer.Text, StringComparison.Ordinal);
        Assert.Equal(["ord_1042", "pv_17", "L1042.1.cut", "dt_8", "L1042.1.weld"], answer.Citations.Select(c => c.Id));
        Assert.Contains("- downtime dt_8 — Press brake: hydraulic pump replacement (/machines/mch_press/downtime/dt_8)", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_ChineseQuestion_ChineseAnswerWithChineseMachineNames()
    {
        var answer = await new SyntheticPlant().AskAsync(PlantData.Operator, "雷射切割機上一班的OEE是多少");

        Assert.StartsWith("雷射切割機 在上一班（2026-12-02 14:00–2026-12-02 22:00）的 OEE 為 75.0 %——可用率 90.0 %，效能 85.0 %，品質 98.0 %；良品 49 件，報廢 1 件。", answer.Text, StringComparison.Ordinal);
        Assert.Contains("來源：", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_SameConversationTwice_SameAnswer()
    {
        var plant = new SyntheticPlant();

        var first = await plant.AskAsync(PlantData.Planner, "why is order SO-1042 late", "what about SO-1043?");
        var second = await plant.AskAsync(PlantData.Planner, "why is order SO-1042 late", "what about SO-1043?");

        Assert.Equal(first.Text, second.Text);
        Assert.Equal(first.Citations, second.Citations);
    }

    [Fact]
    public async Task AskAsync_AnotherCustomersOrder_SameAnswerAsAnOrderThatDoesNotExist()
    {
        var plant = new SyntheticPlant();

        var others = await plant.AskAsync(PlantData.Acme, "why is SO-1043 late?");
        var missing = await plant.AskAsync(PlantData.Acme, "why is SO-1099 late?");

        Assert.Equal(AnswerKind.NoData, others.Kind);
        Assert.Equal(missing.Text.Replace("1099", "1043", StringComparison.Ordinal), others.Text);
        Assert.Empty(others.Citations);
    }

    [Fact]
    public async Task AskAsync_RoleMayNotAsk_RefusedWithoutData()
    {
        var plant = new SyntheticPlant();

        var answer = await plant.AskAsync(PlantData.Acme, "what was the OEE of the press brake last shift");

        Assert.Equal(AnswerKind.NotAllowed, answer.Kind);
        Assert.Equal("As a customer you may not ask this; the platform does not show it to your role.", answer.Text);
        Assert.Empty(answer.Citations);
        Assert.Equal(0, plant.Data.Calls);
    }

    [Fact]
    public async Task AskAsync_DowntimeRequest_ProposalOnlyUntilConfirmed()
    {
        var plant = new SyntheticPlant();

        var answer = await plant.AskAsync(PlantData.Planner, "record downtime on the laser from 14:00 to 15:30 because of a nozzle change");

        Assert.Equal(AnswerKind.Proposal, answer.Kind);
        Assert.Empty(plant.Actions.Done);
        Assert.Equal("Record downtime on Laser cutter from 2026-12-03 14:00 to 2026-12-03 15:30 (a nozzle change)? The plan will move work off it.", answer.Proposal!.Summary);

        var done = await plant.Tools.ConfirmAsync(PlantData.Planner, answer.Proposal, default);

        Assert.Equal(ToolStatus.Done, done.Status);
        Assert.Equal(["downtime mch_laser 2026-12-03T14:00:00.0000000+01:00 2026-12-03T15:30:00.0000000+01:00 a nozzle change by usr_planner"], plant.Actions.Done);
    }

    [Theory]
    [InlineData("pin operation L1042.1.bend on the press brake at 16:00 tomorrow", "把訂單 SO-1042 的工序 L1042.1.bend 固定在折彎機，明天 16:00 開始")]
    [InlineData("pin operation L1042.1.cut on the laser at 14:00", "鎖定 SO-1042 的工序 L1042.1.cut 在雷射切割機 14:00")]
    [InlineData("set the priority of SO-1042 to 5", "把訂單 SO-1042 的優先順序調高到 5")]
    [InlineData("set the priority of SO-1042 to 3", "提高 SO-1042 的優先級到 3")]
    [InlineData("record downtime on the press brake for two hours", "記錄折彎機停機兩小時")]
    public async Task AskAsync_ChineseActionRequest_SameProposalAsInEnglishAndNothingRuns(string english, string chinese)
    {
        var plant = new SyntheticPlant();

        var en = await plant.AskAsync(PlantData.Planner, english);
        var zh = await plant.AskAsync(PlantData.Planner, chinese);

        Assert.Equal((AnswerKind.Proposal, AnswerKind.Proposal), (en.Kind, zh.Kind));
        Assert.Equal(en.Proposal!.Tool, zh.Proposal!.Tool);
        // The same action; only a downtime's default reason is worded in the question's language.
        Assert.Equal(Arguments(en.Proposal), Arguments(zh.Proposal));
        Assert.Contains("嗎？", zh.Proposal.Summary, StringComparison.Ordinal);
        Assert.Empty(plant.Actions.Done);
    }

    [Theory]
    [InlineData("pin the laser operation of order SO-1042", "把訂單 SO-1042 的雷射切割工序固定")]
    [InlineData("pin the operations of order SO-1042", "固定訂單 SO-1042 的工序")]
    [InlineData("pin the operations of order SO-1042", "鎖定 SO-1042 的排程")]
    [InlineData("raise the priority of SO-1042", "把訂單 SO-1042 的優先順序調高")]
    [InlineData("raise the priority of SO-1042", "提高 SO-1042 的優先級")]
    public async Task AskAsync_ChineseActionRequestWithoutItsDetails_AsksForThemAsInEnglish(string english, string chinese)
    {
        var plant = new SyntheticPlant();

        var en = await plant.AskAsync(PlantData.Planner, english);
        var zh = await plant.AskAsync(PlantData.Planner, chinese);

        Assert.Equal((AnswerKind.Clarify, AnswerKind.Clarify), (en.Kind, zh.Kind));
        Assert.Equal(en.Question.Intent, zh.Question.Intent);
        Assert.Equal(AnswerLanguage.TraditionalChinese, zh.Question.Language);
        Assert.Contains("請提供", zh.Text, StringComparison.Ordinal);
        Assert.Empty(plant.Actions.Done);
    }

    private static string Arguments(ActionProposal proposal)
    {
        var arguments = System.Text.Json.Nodes.JsonNode.Parse(proposal.Arguments.GetRawText())!.AsObject();
        arguments.Remove("reason");
        return arguments.ToJsonString();
    }

    [Fact]
    public async Task AskAsync_PlantedInstructionInAManual_QuotedNeverFollowed()
    {
        var plant = new SyntheticPlant();

        var answer = await plant.AskAsync(PlantData.Planner, "what should I do about the alarm on the press brake?");

        Assert.Equal(AnswerKind.Draft, answer.Kind);
        Assert.Null(answer.Proposal);
        Assert.Empty(plant.Actions.Done);
        Assert.Contains("document-section", answer.Citations.Select(c => c.Kind));
    }

    [Fact]
    public async Task GetResponseAsync_ChatMessages_AnswerWithCitationsAndTheRawAnswer()
    {
        IChatClient client = new SyntheticPlant().Copilot(PlantData.Operator);

        var response = await client.GetResponseAsync(
        [
            new ChatMessage(ChatRole.System, "You are the plant copilot."),
            new ChatMessage(ChatRole.User, "what was the OEE of the laser last shift"),
            new ChatMessage(ChatRole.Assistant, "…"),
            new ChatMessage(ChatRole.User, "and the press brake?"),
        ]);

        var answer = Assert.IsType<CopilotAnswer>(response.RawRepresentation);
        Assert.Equal(OfflineCopilot.ModelId, response.ModelId);
        Assert.StartsWith("OEE of Press brake for the last shift", response.Text, StringComparison.Ordinal);
        Assert.Equal("Oee", response.AdditionalProperties!["intent"]);
        Assert.Equal(answer.Citations, response.AdditionalProperties["citations"]);
        Assert.Equal("mch_press", Assert.Single(answer.Citations).Id);
    }

    [Fact]
    public async Task GetStreamingResponseAsync_SameTextAsTheResponse()
    {
        IChatClient client = new SyntheticPlant().Copilot(PlantData.Planner);
        var text = new System.Text.StringBuilder();

        await foreach (var update in client.GetStreamingResponseAsync("what are the plan KPIs?"))
        {
            text.Append(update.Text);
        }

        Assert.Equal((await client.GetResponseAsync("what are the plan KPIs?")).Text, text.ToString());
        Assert.NotNull(client.GetService<ChatClientMetadata>());
    }

    [Fact]
    public async Task AskAsync_OnAMachinePage_QuestionWithoutAMachineIsAboutIt()
    {
        var plant = new SyntheticPlant();
        var onPressPage = new OfflineCopilot(plant.Tools, SyntheticPlant.Catalogue, PlantData.Operator, new QuestionSlots(Machine: "mch_press"));

        var implicitMachine = await onPressPage.AskAsync(["what was the OEE last shift?"]);
        var namedMachine = await onPressPage.AskAsync(["what was the OEE of the laser last shift?"]);

        Assert.Equal("mch_press", Assert.Single(implicitMachine.Citations).Id);
        Assert.Equal("mch_laser", Assert.Single(namedMachine.Citations).Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AskAsync_EmptyQuestion_ClarifyNamingTheRule(string question)
    {
        var plant = new SyntheticPlant();

        var answer = await plant.AskAsync(PlantData.Planner, question);

        Assert.Equal((AnswerKind.Clarify, "question: must be 1 to 2000 characters."), (answer.Kind, answer.Text));
        Assert.Equal(0, plant.Data.Calls);
    }

    [Fact]
    public async Task AskAsync_QuestionTooLong_ClarifyAndNoToolCalled()
    {
        var plant = new SyntheticPlant();

        var answer = await plant.AskAsync(PlantData.Planner, "why is SO-1042 late " + new string('x', 2_000));

        Assert.Equal(AnswerKind.Clarify, answer.Kind);
        Assert.Equal(0, plant.Data.Calls);
    }

    [Fact]
    public async Task AskAsync_DowntimeHistory_CitesOnlyTheRecordsShown()
    {
        var answer = await new SyntheticPlant().AskAsync(PlantData.Planner, "downtime of the press brake this week");

        Assert.Equal(["dt_7", "dt_8"], answer.Citations.Select(c => c.Id));
        Assert.DoesNotContain("bend angle", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_NoTurns_Refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => new SyntheticPlant().Copilot(PlantData.Planner).AskAsync([]));
    }
}
