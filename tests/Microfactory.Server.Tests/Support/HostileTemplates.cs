namespace Microfactory.Server.Tests.Support;

/// <summary>The request bodies of the attack report, byte for byte.</summary>
internal static class HostileTemplates
{
    public static IReadOnlyList<string> All { get; } = ["self-referencing-key", "nested-block-sequences", "brackets-after-hash", "brackets-after-quote"];

    public static TheoryData<string> Names => new(All);

    public static string Body(string name) => name switch
    {
        // A self-referencing anchor used as a mapping key: 14 bytes.
        "self-referencing-key" => "? &k [*k]\n: v\n",
        // 90,000 nested block sequences, about 181 KB, under the 200,000-character limit.
        "nested-block-sequences" => "deep:\n" + string.Concat(Enumerable.Repeat("- ", 90_000)) + "x\n",
        // A plain scalar with '#' (not a comment in YAML) and then 95,000 brackets: the old pre-scan stopped counting at the '#'.
        "brackets-after-hash" => "deep: [a#b, " + new string('[', 95_000) + "\n",
        // The same with a quote inside the plain scalar, which the old pre-scan took for the start of a quoted string.
        "brackets-after-quote" => "deep: [a'b, " + new string('[', 95_000) + new string(']', 95_000) + "]\n",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such body"),
    };
}
