namespace Microfactory.Copilot.Conversation;

/// <summary>
/// The questions plant people ask, as cue groups in English and Traditional Chinese. The best-scoring rule wins; on a tie
/// the earlier rule (the more specific one) does, so the grammar is read top to bottom.
/// </summary>
internal static class IntentGrammar
{
    private static readonly string[] Why = ["why", "reason", "explain", "how come", "為什麼", "為何", "原因", "怎麼會", "為甚麼", "为什么"];
    private static readonly string[] Footprint = ["footprint", "co2", "carbon", "emission", "碳足跡", "碳排", "足跡", "排放", "二氧化碳"];
    private static readonly string[] AlarmWords = ["alarm", "alert", "警報", "告警", "報警"];

    /// <summary>Asking how to do something or what to do about a problem: what manuals and SOPs answer.</summary>
    private static readonly string[] HowTo =
        ["how do i", "how can i", "how to", "how should", "what should i do", "what do i do", "what do i check", "what to check", "what should i check",
         "what is the procedure", "procedure", "steps", "怎麼辦", "如何", "怎麼", "該怎麼", "要檢查什麼", "檢查什麼", "步驟", "程序", "要注意"];

    /// <summary>What manuals and SOPs are about: procedures, consumables, care and the faults they troubleshoot.</summary>
    private static readonly string[] ManualTopics =
        ["manual", "sop", "procedure", "lockout", "tagout", "handover", "nozzle", "lens", "warp", "stringing", "clog", "calibrat", "clean", "lubric",
         "replace", "change the", "inspect", "safety", "hydraulic", "oil", "filament", "first article", "pretreat", "receiving",
         "手冊", "交班", "換班", "噴嘴", "鏡片", "清潔", "更換", "檢查", "安全", "上鎖", "掛牌", "切不穿", "掛渣", "翹曲", "首件"];

    public static IReadOnlyList<IntentRule> Rules { get; } =
    [
        Rule(Intent.ChangePriority, [["priority", "prioritise", "prioritize", "expedite", "優先"], ["set", "change", "raise", "lower", "make", "give", "設", "改", "調", "提高", "降低"]], "order"),
        Rule(Intent.ChangePriority, [["rush", "expedite", "加急", "插單", "趕工"]], "order"),
        // "記錄…停機" only in that order: "記錄折彎機停機兩小時" asks for a change, "折彎機的停機記錄" for the history.
        Rule(Intent.RecordDowntime, [["record", "log a", "log downtime", "add a", "add downtime", "schedule a", "schedule downtime", "register", "enter a", "登記", "安排", "新增", "記一筆", "請記錄", "記錄…停機", "紀錄…停機", "記下…停機"], ["downtime", "down time", "outage", "停機"]], "machine"),
        Rule(Intent.PinOperation, [["pin", "固定", "釘選", "鎖定", "鎖住"], ["operation", "op", "step", "工序", "作業", "工步", "排程"]], "operation"),
        Rule(Intent.DraftSop, [["sop", "standard operating", "work instruction", "標準作業", "作業標準", "作業指導", "作業程序"]], "template"),
        Rule(Intent.MaintenanceGuidance, [AlarmWords, ["what should", "what do i do", "what to do", "how to fix", "how do i fix", "how to handle", "fix", "handle", "guidance", "resolve", "deal with", "troubleshoot", "怎麼處理", "如何處理", "該怎麼", "怎麼辦", "處理", "排除", "修復"]], "alarm", "machine"),
        Rule(Intent.RootCause, [["scrap", "defect", "reject", "報廢", "廢品", "不良"], [.. Why, "caus", "root", "根本", "導致"]], "machine"),
        Rule(Intent.RootCause, [["root cause", "根本原因", "根因"]], "machine"),
        Rule(Intent.DocumentSearch, [HowTo, ManualTopics], "machine"),
        Rule(Intent.OrderLateness, [Why, ["late", "delay", "behind", "finish", "when", "complet", "date", "延誤", "延遲", "遲", "晚", "完成", "交期"]], "order"),
        Rule(Intent.FootprintDriver, [Footprint, ["supplier", "drive", "biggest", "largest", "most", "contribut", "main", "dominat", "供應商", "主要", "最大", "最多", "來自", "影響"]], "template", "serial"),
        Rule(Intent.SupplierCoverage, [["coverage", "covered", "primary data", "pact", "覆蓋", "涵蓋", "一手數據", "初級數據", "原始數據", "一級數據"]]),
        Rule(Intent.Passport, [["passport", "護照"]], "serial"),
        Rule(Intent.Footprint, [Footprint], "template", "serial"),
        Rule(Intent.Oee, [["scrap", "good part", "報廢", "良品", "廢品"], ["how many", "how much", "count", "number of", "多少", "幾件", "數量"]], "machine", "period"),
        Rule(Intent.Oee, [["oee", "overall equipment", "availability", "performance", "quality rate", "設備綜合效率", "綜合效率", "可用率", "效能", "良率"]], "machine", "period"),
        Rule(Intent.Alarms, [AlarmWords], "machine"),
        // "哪台機器停機了？" asks what is down now, not for the history "停機" also names ("哪台停機最多" stays history).
        Rule(Intent.MachineState, [["which machine", "which machines", "any machine", "哪台", "哪些機", "哪部", "有沒有機台", "有機台"],
            ["is down", "are down", "is running", "are running", "is idle", "are idle", "is busy", "停機了", "故障了", "在停機", "運轉中", "在運轉", "在跑", "閒置"]], "machine"),
        Rule(Intent.MaintenanceHistory, [["maintenance", "downtime", "breakdown", "repair", "stoppage", "維修", "保養", "停機", "故障", "維護"]], "machine", "period"),
        Rule(Intent.PlanKpis, [["plan", "schedule", "kpi", "on time", "makespan", "utilisation", "utilization", "tardiness", "計劃", "計畫", "排程", "準時", "利用率", "生產計劃"]]),
        Rule(Intent.OrderStatus, [["status", "where is", "when will", "eta", "progress", "promised", "deliver", "狀態", "進度", "什麼時候", "何時", "交貨", "到哪"]], "order", "order"),
        Rule(Intent.MachineState, [["state", "status", "running", "doing", "idle", "down", "busy", "狀態", "運轉", "在做", "運行", "在跑", "閒置"]], "machine", "machine"),
        Rule(Intent.Materials, [["material", "材料", "物料"]]),
        Rule(Intent.Templates, [["template", "catalogue", "catalog", "products", "what can i order", "模板", "範本", "型錄", "目錄", "產品"]], "template"),
        Rule(Intent.ListOrders, [["order", "訂單"]], "orderFilter"),
        Rule(Intent.DocumentSearch, [["manual", "document", "how do i", "how to", "procedure", "instruction", "手冊", "文件", "如何", "怎麼", "步驟", "說明"]], "machine"),
    ];

    /// <summary>The best intent and its score (0 and <see cref="Intent.Unknown"/> when nothing matches).</summary>
    public static (Intent Intent, int Score) Recognise(QuestionText text, QuestionSlots slots)
    {
        var best = (Intent: Intent.Unknown, Score: 0);
        foreach (var rule in Rules)
        {
            var score = rule.Score(text, slots);
            if (score > best.Score)
            {
                best = (rule.Intent, score);
            }
        }
        return best;
    }

    private static IntentRule Rule(Intent intent, string[][] groups, params string[] slotBonus) => new(intent, groups, slotBonus);
}
