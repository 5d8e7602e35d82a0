namespace Microfactory.Design.Tests.TestSupport;

/// <summary>The template bodies of the attack report, byte for byte, for the library's and the server's tests.</summary>
internal static class HostileYaml
{
    /// <summary>A self-referencing anchor used as a mapping key: 14 bytes.</summary>
    public const string SelfReferencingKey = "? &k [*k]\n: v\n";

    /// <summary>90,000 nested block sequences, about 181 KB: under the size limit.</summary>
    public static string NestedBlockSequences { get; } = "deep:\n" + string.Concat(Enumerable.Repeat("- ", 90_000)) + "x\n";

    /// <summary>95,000 open brackets after a plain scalar with '#' in it, which YAML reads as text (no comment).</summary>
    public static string BracketsAfterHash { get; } = "deep: [a#b, " + new string('[', 95_000) + "\n";

    /// <summary>The same with a quote inside the plain scalar, which YAML also reads as text (no quoted string).</summary>
    public static string BracketsAfterQuote { get; } = "deep: [a'b, " + new string('[', 95_000) + new string(']', 95_000) + "]\n";

    /// <summary>
    /// Runs <paramref name="action"/> on a thread with a small stack (256 KB): code that recursed once per
    /// nesting level would overflow at a few thousand levels instead of 90,000, so these tests check the
    /// absence of recursion with a wide margin rather than by luck of the default 8 MB stack.
    /// </summary>
    public static T OnSmallStack<T>(Func<T> action)
    {
        T result = default!;
        var thread = new Thread(() => result = action(), 256 * 1024);
        thread.Start();
        thread.Join();
        return result;
    }
}
