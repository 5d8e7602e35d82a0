using Spectre.Console;

namespace Microfactory.Cli;

/// <summary>Where a command writes: a Spectre console for tables and progress, and the raw writers for plain lines.</summary>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Output, TextWriter Error);
