using System.Diagnostics;
using System.Text;

namespace Microfactory.Cli.Tests.Support;

/// <summary>
/// Runs the real <c>mf</c> (the mf.dll built next to the tests) in a child process, with its
/// output redirected to pipes as in <c>mf … | less</c>, or on a pseudo-terminal through
/// util-linux <c>script</c> as in an interactive shell.
/// </summary>
internal static class MfProcess
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "mf.dll");

    /// <summary>Environment of a colour-capable terminal session: nothing but the way output is connected should turn colour off.</summary>
    public static IReadOnlyDictionary<string, string?> ColourTerminal { get; } = new Dictionary<string, string?>
    {
        ["TERM"] = "xterm-256color",
        ["COLORTERM"] = "truecolor",
        ["NO_COLOR"] = null,
    };

    public static async Task<(int ExitCode, byte[] Output, byte[] Error)> RunRedirectedAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return await RunAsync(start, environment);
    }

    /// <summary>Runs on a pseudo-terminal; what the terminal received comes back as Output (stdout and stderr together).</summary>
    public static async Task<(int ExitCode, byte[] Output)> RunOnTerminalAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var command = string.Join(' ', new[] { "dotnet", Dll }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var arg in new[] { "--quiet", "--return", "--command", command, "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }
        var (exit, output, _) = await RunAsync(start, environment);
        return (exit, output);
    }

    public static bool HasEscape(byte[] bytes) => bytes.Contains((byte)0x1B);

    /// <summary>True when the bytes hold an SGR sequence (colour, bold, underline: ESC [ … m).</summary>
    public static bool HasStyle(byte[] bytes) =>
        System.Text.RegularExpressions.Regex.IsMatch(Encoding.UTF8.GetString(bytes), "\u001b\\[[0-9;]*m");

    private static async Task<(int, byte[], byte[])> RunAsync(ProcessStartInfo start, IReadOnlyDictionary<string, string?> environment)
    {
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        process.StandardInput.Close();
        using var output = new MemoryStream();
        using var error = new MemoryStream();
        await Task.WhenAll(process.StandardOutput.BaseStream.CopyToAsync(output), process.StandardError.BaseStream.CopyToAsync(error), process.WaitForExitAsync());
        return (process.ExitCode, output.ToArray(), error.ToArray());
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
