using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Microfactory.Telemetry.Benchmarks;

/// <summary>A private Mosquitto on a free port of 127.0.0.1 (config in a temporary folder, no cap on in-flight or queued QoS 1 messages), killed at the end.</summary>
internal sealed class Broker : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private Broker(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public int ProcessId => _process.Id;

    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.HasExited ? TimeSpan.Zero : _process.TotalProcessorTime;
    }

    public static async Task<Broker> StartAsync(string executable)
    {
        var folder = Directory.CreateTempSubdirectory("mf-bench-mqtt-").FullName;
        var port = Ports.Free();
        var config = Path.Combine(folder, "mosquitto.conf");
        await File.WriteAllLinesAsync(config,
        [
            $"listener {port} 127.0.0.1",
            "allow_anonymous true",
            "persistence false",
            "max_inflight_messages 0",
            "max_queued_messages 0",
            "max_queued_bytes 0",
            $"log_dest file {folder}/mosquitto.log",
            Environment.UserName == "root" ? "user root" : "",
        ]);
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(config);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var broker = new Broker(process, folder, port);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return broker;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        await broker.DisposeAsync();
        throw new TimeoutException("mosquitto did not listen within 20 s");
    }

    public Dictionary<string, string> ServerSettings() => new()
    {
        ["Microfactory__Mqtt__Enabled"] = "true",
        ["Microfactory__Mqtt__Host"] = "127.0.0.1",
        ["Microfactory__Mqtt__Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Microfactory__Mqtt__ClientId"] = "mf-bench-" + Guid.NewGuid().ToString("N")[..8],
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
            // left for the system to clean
        }
    }
}
