using System.Collections.Concurrent;
using System.Diagnostics;

namespace Microfactory.Server.Tests.Support;

/// <summary>
/// The server's build output as a child process whose console is read line by line: what an operator sees. Variables
/// that choose the address or the log format are removed from the inherited environment so each test sets its own.
/// With <c>terminal</c> the process runs under util-linux <c>script</c>, so its standard output is a terminal.
/// </summary>
internal sealed class ServerConsole : IDisposable
{
    private static readonly string[] Inherited = ["ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "Logging__Console__FormatterName", "ASPNETCORE_FORWARDEDHEADERS_ENABLED"];

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private ServerConsole(Process process) => _process = process;

    public IReadOnlyList<string> Lines => [.. _lines];

    public static ServerConsole Start(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment, bool terminal = false)
    {
        var work = Path.Combine(Path.GetTempPath(), "mf-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        List<string> server = ["dotnet", Path.Combine(AppContext.BaseDirectory, "Microfactory.Server.dll"), .. args];
        var start = terminal
            ? new ProcessStartInfo("script") { ArgumentList = { "-qfec", string.Join(' ', server.Select(Quote)), "/dev/null" } }
            : new ProcessStartInfo(server[0]);
        if (!terminal)
        {
            foreach (var arg in server.Skip(1))
            {
                start.ArgumentList.Add(arg);
            }
        }
        start.WorkingDirectory = work;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = terminal; // script wants a stdin; an open pipe keeps it waiting
        foreach (var name in Inherited)
        {
            start.Environment.Remove(name);
        }
        start.Environment["Microfactory__ConnectionString"] = $"Data Source={Path.Combine(work, "microfactory.db")}";
        start.Environment["Microfactory__DataProtectionKeysPath"] = Path.Combine(work, "keys");
        start.Environment["Microfactory__Bootstrap__AdminApiKey"] = ServerProcess.Key;
        start.Environment["Microfactory__Bootstrap__AdminPassword"] = ServerProcess.AdminPassword;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start)!;
        var console = new ServerConsole(process);
        process.OutputDataReceived += (_, e) => console.Add(e.Data);
        process.ErrorDataReceived += (_, e) => console.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return console;
    }

    /// <summary>The first line that matches, waiting at most a minute for it (a slow first start); fails with everything printed so far.</summary>
    public async Task<string> LineAsync(Func<string, bool> match)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }
            await _arrived.WaitAsync(TimeSpan.FromSeconds(1));
        }
        throw new TimeoutException("No such line in the server's output:\n" + string.Join("\n", _lines));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
        _arrived.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
            _arrived.Release();
        }
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
