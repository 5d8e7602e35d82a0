using System.Globalization;
using Microfactory.Copilot.Tools;

namespace Microfactory.Copilot.Conversation.Answers;

/// <summary>Words and number formats of answers in both languages. Numbers are formatted invariantly, never invented.</summary>
internal static class Say
{
    public static string T(AnswerLanguage language, string english, string chinese) => language == AnswerLanguage.TraditionalChinese ? chinese : english;

    public static string Percent(AnswerLanguage language, decimal? ratio) =>
        ratio is { } r ? (r * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %" : T(language, "n/a", "無資料");

    public static string Number(decimal value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Kg(decimal value) => Number(value, "0.00") + " kg CO2e";

    public static string Time(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "—";

    public static string Period(AnswerLanguage language, Period? period) => period switch
    {
        Tools.Period.Today => T(language, "today", "今天"),
        Tools.Period.Yesterday => T(language, "yesterday", "昨天"),
        Tools.Period.ThisShift => T(language, "this shift", "本班"),
        Tools.Period.LastShift => T(language, "the last shift", "上一班"),
        Tools.Period.ThisWeek => T(language, "this week", "本週"),
        Tools.Period.LastWeek => T(language, "last week", "上週"),
        _ => T(language, "the last 90 days", "過去 90 天"),
    };

    public static string Role(AnswerLanguage language, CopilotRole role) => role switch
    {
        CopilotRole.Admin => T(language, "admin", "管理員"),
        CopilotRole.Planner => T(language, "planner", "計劃員"),
        CopilotRole.Operator => T(language, "operator", "操作員"),
        CopilotRole.Designer => T(language, "designer", "設計師"),
        _ => T(language, "customer", "客戶"),
    };

    public static string State(AnswerLanguage language, string state) => language == AnswerLanguage.English ? state : state switch
    {
        "off" => "關機",
        "idle" => "閒置",
        "setup" => "換線設定",
        "running" => "運轉中",
        "down" => "停機",
        _ => state,
    };

    public static string Status(AnswerLanguage language, string status) => language == AnswerLanguage.English ? status : status switch
    {
        "draft" => "草稿",
        "submitted" => "已提交",
        "planned" => "已排程",
        "in production" or "inProduction" => "生產中",
        "completed" => "已完成",
        "shipped" => "已出貨",
        "cancelled" => "已取消",
        _ => status,
    };
}
