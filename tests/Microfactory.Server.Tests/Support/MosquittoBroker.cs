using System.Diagnostics;
using System.Net.Sockets;

namespace Microfactory.Server.Tests.Support;

/// <summary>
/// A private Mosquitto broker for one test class: its own config in a temporary folder (a listener on a free port of
/// 127.0.0.1, anonymous clients, persistence in the folder, no cap on in-flight or queued QoS 1 messages, so a
/// persistent session loses nothing while its subscriber is away), started as a child process and killed at the end.
/// </summary>
internal sealed class MosquittoBroker : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/mosquitto";

    private readonly Process _process;
    private readonly string _folder;

    private MosquittoBroker(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string Host => "127.0.0.1";

    /// <summary>The broker's log (connections, subscriptions): what to look at when a test fails.</summary>
    public string Log => File.Exists(Path.Combine(_folder, "mosquitto.log")) ? File.ReadAllText(Path.Combine(_folder, "mosquitto.log")) : "";

    /// <summary>Starts a broker on <paramref name="port"/> (a free one when null).</summary>
    public static async Task<MosquittoBroker> StartAsync(int? port = null)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException("Mosquitto is not installed (no /usr/sbin/mosquitto). Run ./test.sh, which installs it, or 'apt-get install mosquitto mosquitto-clients'.");
        }
        var folder = Path.Combine(Path.GetTempPath(), "mf-mqtt-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var listen = port ?? FreePort.Next();
        var config = Path.Combine(folder, "mosquitto.conf");
        await File.WriteAllTextAsync(config, string.Join('\n',
            $"listener {listen} 127.0.0.1",
            "allow_anonymous true",
            "persistence true",
            $"persistence_location {folder}/",
            $"log_dest file {folder}/mosquitto.log",
            "log_type error",
            "log_type warning",
            "log_type notice",
            "max_inflight_messages 0",
            "max_queued_messages 0",
            "max_queued_bytes 0",
            // Started as root, Mosquitto would switch to its own user, who cannot write the temporary folder.
            Environment.UserName == "root" ? "user root" : "",
            ""));
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(config);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start mosquitto.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var broker = new MosquittoBroker(process, folder, listen);
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"mosquitto exited with code {process.ExitCode}: {broker.Log}");
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(broker.Host, listen);
                return broker;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        await broker.DisposeAsync();
        throw new TimeoutException("mosquitto did not listen within 20 s.");
    }

    /// <summary>The server's command-line settings that point its MQTT ingest at this broker under <paramref name="clientId"/>.</summary>
    public string[] ServerSettings(string clientId) =>
        ["--Microfactory:Mqtt:Enabled=true", $"--Microfactory:Mqtt:Host={Host}", $"--Microfactory:Mqtt:Port={Port}", $"--Microfactory:Mqtt:ClientId={clientId}"];

    /// <summary>The same as environment variables, for a server process.</summary>
    public Dictionary<string, string> ServerEnvironment(string clientId) => new()
    {
        ["Microfactory__Mqtt__Enabled"] = "true",
        ["Microfactory__Mqtt__Host"] = Host,
        ["Microfactory__Mqtt__Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Microfactory__Mqtt__ClientId"] = clientId,
    };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
