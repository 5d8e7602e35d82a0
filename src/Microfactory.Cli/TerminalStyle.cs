namespace Microfactory.Cli;

/// <summary>
/// Whether <c>mf</c> may write colour, bold and cursor escapes: only to a terminal, and not when
/// the user opted out with <c>NO_COLOR</c> (any non-empty value, see no-color.org) or the
/// terminal says it understands none (<c>TERM=dumb</c>). Files and pipes get plain text.
/// </summary>
internal static class TerminalStyle
{
    public static bool Allowed(bool toTerminal, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return toTerminal
            && string.IsNullOrEmpty(environment("NO_COLOR"))
            && !string.Equals(environment("TERM"), "dumb", StringComparison.Ordinal);
    }
}
