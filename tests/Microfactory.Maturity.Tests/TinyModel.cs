namespace Microfactory.Maturity.Tests;

/// <summary>A small model document made by hand, for tests that need to know every level and threshold.</summary>
internal static class TinyModel
{
    public static string Level(int n, string extra = "") => n == 0
        ? "      - level: 0\n        does: nothing yet\n"
        : $"      - level: {n}\n        does: does {n}\n        link: /page/{n}\n        linkLabel: page {n}\n        effect: effect {n}\n{extra}";

    public static string Dimension(string id, string group = "process", string weight = "1", string evidence = "", Func<int, string>? extra = null) =>
        $"  - id: {id}\n    group: {group}\n    name: {id} name\n    question: how is {id}?\n    weight: {weight}\n    levels:\n"
        + string.Concat(Enumerable.Range(0, 6).Select(n => Level(n, extra?.Invoke(n) ?? ""))) + evidence;

    public static string Document(params string[] dimensions) =>
        "model: tiny\nversion: 1.0.0\ntitle: Tiny\ndescription: A tiny model.\ngroups:\n  - id: process\n    name: Process\n    description: p\n  - id: technology\n    name: Technology\n    description: t\ndimensions:\n"
        + string.Concat(dimensions) + "profiles:\n  - id: all-three\n    name: All three\n    description: level 3\n    default: 3\n";
}
