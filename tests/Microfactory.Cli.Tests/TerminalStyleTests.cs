namespace Microfactory.Cli.Tests;

public sealed class TerminalStyleTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Allowed_TerminalWithColourTerm_True() => Assert.True(TerminalStyle.Allowed(true, Env(("TERM", "xterm-256color"))));

    [Fact]
    public void Allowed_RedirectedOutput_False() => Assert.False(TerminalStyle.Allowed(false, Env(("TERM", "xterm-256color"))));

    [Fact]
    public void Allowed_NoColorSet_False() => Assert.False(TerminalStyle.Allowed(true, Env(("TERM", "xterm-256color"), ("NO_COLOR", "1"))));

    [Fact]
    public void Allowed_NoColorEmpty_TrueAsNoColorOrgSays() => Assert.True(TerminalStyle.Allowed(true, Env(("TERM", "xterm-256color"), ("NO_COLOR", ""))));

    [Fact]
    public void Allowed_DumbTerminal_False() => Assert.False(TerminalStyle.Allowed(true, Env(("TERM", "dumb"))));
}
