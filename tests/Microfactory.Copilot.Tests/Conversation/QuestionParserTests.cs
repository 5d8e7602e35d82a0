using Microfactory.Copilot.Conversation;
using Microfactory.Copilot.Tests.Fixture;
using Microfactory.Copilot.Tools;

namespace Microfactory.Copilot.Tests.Conversation;

public sealed class QuestionParserTests
{
    private static ParsedQuestion Parse(string text, ParsedQuestion? previous = null) => QuestionParser.Parse(text, SyntheticPlant.Catalogue, previous);

    [Theory]
    [InlineData("why is order SO-1042 late", Intent.OrderLateness, AnswerLanguage.English)]
    [InlineData("訂單 SO-1042 為什麼延誤", Intent.OrderLateness, AnswerLanguage.TraditionalChinese)]
    [InlineData("what was the OEE of the laser last shift", Intent.Oee, AnswerLanguage.English)]
    [InlineData("雷射切割機上一班的OEE是多少", Intent.Oee, AnswerLanguage.TraditionalChinese)]
    [InlineData("which supplier drives the footprint of the wall shelf", Intent.FootprintDriver, AnswerLanguage.English)]
    [InlineData("壁架的碳足跡主要來自哪個供應商", Intent.FootprintDriver, AnswerLanguage.TraditionalChinese)]
    [InlineData("is the press brake down?", Intent.MachineState, AnswerLanguage.English)]
    [InlineData("折彎機現在的狀態", Intent.MachineState, AnswerLanguage.TraditionalChinese)]
    [InlineData("open alarms", Intent.Alarms, AnswerLanguage.English)]
    [InlineData("有哪些警報", Intent.Alarms, AnswerLanguage.TraditionalChinese)]
    [InlineData("supplier coverage", Intent.SupplierCoverage, AnswerLanguage.English)]
    [InlineData("what is the lockout procedure before maintenance?", Intent.DocumentSearch, AnswerLanguage.English)]
    [InlineData("the 3D printer prints have warped corners, what should I do?", Intent.DocumentSearch, AnswerLanguage.English)]
    [InlineData("交班時要檢查什麼？", Intent.DocumentSearch, AnswerLanguage.TraditionalChinese)]
    [InlineData("哪台機器停機了？", Intent.MachineState, AnswerLanguage.TraditionalChinese)]
    [InlineData("哪台機器本週停機最多？", Intent.MaintenanceHistory, AnswerLanguage.TraditionalChinese)]
    [InlineData("which machine had the most downtime this week?", Intent.MaintenanceHistory, AnswerLanguage.English)]
    [InlineData("what should I do about the alarm on the press brake?", Intent.MaintenanceGuidance, AnswerLanguage.English)]
    [InlineData("how do I change the priority of SO-1042 to 5", Intent.ChangePriority, AnswerLanguage.English)]
    [InlineData("passport of serial SN-2026-0007", Intent.Passport, AnswerLanguage.English)]
    [InlineData("序號 SN-2026-0007 的護照", Intent.Passport, AnswerLanguage.TraditionalChinese)]
    [InlineData("which templates are published", Intent.Templates, AnswerLanguage.English)]
    [InlineData("有哪些材料", Intent.Materials, AnswerLanguage.TraditionalChinese)]
    [InlineData("status of SO-1044", Intent.OrderStatus, AnswerLanguage.English)]
    [InlineData("set the priority of SO-1042 to 3", Intent.ChangePriority, AnswerLanguage.English)]
    [InlineData("what's for lunch", Intent.Unknown, AnswerLanguage.English)]
    [InlineData("what downtime is scheduled for the press brake this week", Intent.MaintenanceHistory, AnswerLanguage.English)]
    [InlineData("schedule a downtime on the press from 14:00 to 15:00", Intent.RecordDowntime, AnswerLanguage.English)]
    [InlineData("pin the laser operation of order SO-1042", Intent.PinOperation, AnswerLanguage.English)]
    [InlineData("把訂單 SO-1042 的雷射切割工序固定", Intent.PinOperation, AnswerLanguage.TraditionalChinese)]
    [InlineData("把訂單SO-1042的雷射切割工序固定", Intent.PinOperation, AnswerLanguage.TraditionalChinese)]
    [InlineData("固定訂單 SO-1042 的工序", Intent.PinOperation, AnswerLanguage.TraditionalChinese)]
    [InlineData("鎖定 SO-1042 的排程", Intent.PinOperation, AnswerLanguage.TraditionalChinese)]
    [InlineData("把訂單 SO-1042 的優先順序調高", Intent.ChangePriority, AnswerLanguage.TraditionalChinese)]
    [InlineData("提高 SO-1042 的優先級", Intent.ChangePriority, AnswerLanguage.TraditionalChinese)]
    [InlineData("記錄折彎機停機兩小時", Intent.RecordDowntime, AnswerLanguage.TraditionalChinese)]
    [InlineData("折彎機的停機記錄", Intent.MaintenanceHistory, AnswerLanguage.TraditionalChinese)]
    public void Parse_PlantQuestion_IntentAndLanguage(string question, Intent intent, AnswerLanguage language)
    {
        var parsed = Parse(question);

        Assert.Equal(intent, parsed.Intent);
        Assert.Equal(language, parsed.Language);
        Assert.False(parsed.IsFollowUp);
    }

    [Fact]
    public void Parse_NamesAndAliases_SlotsFromTheCatalogue()
    {
        var english = Parse("what was the OEE of the laser cutter last shift");
        var alias = Parse("OEE of the brake press yesterday");
        var chinese = Parse("折彎機本週的停機");
        var template = Parse("footprint of the shelf");

        Assert.Equal(("mch_laser", Period.LastShift), (english.Slots.Machine, english.Slots.Period!.Value));
        Assert.Equal(("mch_press", Period.Yesterday), (alias.Slots.Machine, alias.Slots.Period!.Value));
        Assert.Equal(("mch_press", Period.ThisWeek), (chinese.Slots.Machine, chinese.Slots.Period!.Value));
        Assert.Equal("wall-shelf", template.Slots.Template);
    }

    [Fact]
    public void Parse_OrderNumberNotInCatalogue_FoundByItsShape()
    {
        Assert.Equal("SO-7777", Parse("why is so-7777 late").Slots.Order);
    }

    [Fact]
    public void Parse_LongestNameWins()
    {
        // "laser" is an alias of the laser cutter; "laser cutting machine" is a longer one of the same — and "press" must not be
        // found inside "pressure".
        Assert.Equal("mch_laser", Parse("alarms on the laser cutting machine").Slots.Machine);
        Assert.Null(Parse("what does low pressure mean").Slots.Machine);
    }

    [Fact]
    public void Parse_FollowUpNamingAnotherMachine_PreviousIntentAndPeriod()
    {
        var first = Parse("what was the OEE of the laser last shift");

        var second = Parse("and the press brake?", first);

        Assert.True(second.IsFollowUp);
        Assert.Equal(Intent.Oee, second.Intent);
        Assert.Equal(("mch_press", Period.LastShift), (second.Slots.Machine, second.Slots.Period!.Value));
    }

    [Fact]
    public void Parse_ChineseFollowUpNamingAPeriod_PreviousMachine()
    {
        var first = Parse("雷射切割機上一班的OEE是多少");

        var second = Parse("那昨天呢？", first);

        Assert.Equal(Intent.Oee, second.Intent);
        Assert.Equal(("mch_laser", Period.Yesterday), (second.Slots.Machine, second.Slots.Period!.Value));
    }

    [Fact]
    public void Parse_NewQuestionWithPronoun_CarriesTheRecord()
    {
        var first = Parse("is the press brake running?");

        var second = Parse("does it have alarms?", first);

        Assert.Equal((Intent.Alarms, "mch_press"), (second.Intent, second.Slots.Machine));
    }

    [Fact]
    public void Parse_NewQuestionWithoutReference_StartsFresh()
    {
        var first = Parse("is the press brake running?");

        var second = Parse("which alarms are open?", first);

        Assert.Null(second.Slots.Machine);
        Assert.False(second.IsFollowUp);
    }

    [Fact]
    public void Parse_DowntimeRequest_TimesInTheFactoryOffsetAndReason()
    {
        var parsed = Parse("record downtime on the press from 14:00 to 16:00 tomorrow because of a seal change");

        Assert.Equal(Intent.RecordDowntime, parsed.Intent);
        Assert.Equal(PlantData.At(4, 14), parsed.Slots.From);
        Assert.Equal(PlantData.At(4, 16), parsed.Slots.To);
        Assert.Equal("a seal change", parsed.Slots.Reason);
    }

    [Theory]
    [InlineData("記錄折彎機停機兩小時", 10, 0, 12, 0)]
    [InlineData("record downtime on the press for two hours", 10, 0, 12, 0)]
    [InlineData("record downtime on the press for 90 minutes", 10, 0, 11, 30)]
    [InlineData("record downtime on the press for an hour and a half", 10, 0, 11, 30)]
    [InlineData("record downtime on the press from 14:00 for half an hour", 14, 0, 14, 30)]
    [InlineData("登記折彎機 14:00 停機兩個半小時", 14, 0, 16, 30)]
    [InlineData("登記折彎機停機半小時", 10, 0, 10, 30)]
    [InlineData("登記折彎機停機 45 分鐘", 10, 0, 10, 45)]
    [InlineData("登記折彎機停機十二小時", 10, 0, 22, 0)]
    public void Parse_DowntimeForADuration_FromItsStartOrNowForThatLong(string question, int fromHour, int fromMinute, int toHour, int toMinute)
    {
        var parsed = Parse(question);

        Assert.Equal(Intent.RecordDowntime, parsed.Intent);
        Assert.Equal("mch_press", parsed.Slots.Machine);
        Assert.Equal((PlantData.At(3, fromHour, fromMinute), PlantData.At(3, toHour, toMinute)), (parsed.Slots.From!.Value, parsed.Slots.To!.Value));
    }

    [Theory]
    [InlineData("訂單SO-7777為什麼延誤", "SO-7777")]
    [InlineData("訂單ord_abc123的狀態", "ord_abc123")]
    [InlineData("ABCDE-7777 is late", null)]
    public void Parse_OrderNumberBesideChinese_FoundByItsShape(string question, string? order)
    {
        Assert.Equal(order, Parse(question).Slots.Order);
    }

    [Fact]
    public void Parse_LateInALatenessQuestion_IsNoListFilter()
    {
        Assert.Null(Parse("why is SO-1042 late").Slots.OrderFilter);
        Assert.Equal(Copilot.Tools.Data.OrderFilter.Late, Parse("which orders are late").Slots.OrderFilter);
    }

    [Theory]
    [InlineData("SO-1042", Intent.OrderStatus)]
    [InlineData("SN-2026-0007", Intent.Passport)]
    [InlineData("the laser?", Intent.MachineState)]
    [InlineData("壁架", Intent.Templates)]
    public void Parse_ARecordNamedAlone_TheQuestionItUsuallyMeans(string question, Intent intent)
    {
        Assert.Equal(intent, Parse(question).Intent);
    }

    [Fact]
    public void Parse_Serial_IsNoOrderNumber()
    {
        var parsed = Parse("what is the passport of SN-2026-0007?");

        Assert.Equal("SN-2026-0007", parsed.Slots.Serial);
        Assert.Null(parsed.Slots.Order);
    }
}
