using System.CommandLine;
using Microfactory.Telemetry.Benchmarks;

var rate = new Option<double>("--rate") { Description = "Target messages per second over all publishers.", DefaultValueFactory = _ => 25_000 };
var duration = new Option<double>("--duration") { Description = "Seconds of publishing per run.", DefaultValueFactory = _ => 20 };
var publishers = new Option<int>("--publishers") { Description = "MQTTnet publishers (each its own connection and share of the machines).", DefaultValueFactory = _ => 4 };
var window = new Option<int>("--window") { Description = "QoS 1 publishes awaiting their PUBACK at once, per publisher.", DefaultValueFactory = _ => 200 };
var duplicates = new Option<double>("--duplicates") { Description = "Share of messages sent a second time (same seq or id): must not be counted twice.", DefaultValueFactory = _ => 0.01 };
var states = new Option<double>("--states") { Description = "Share of state messages (the rest are counts).", DefaultValueFactory = _ => 0.1 };
var runs = new Option<int>("--runs") { Description = "Runs, each with a fresh broker, server and database; the median is reported.", DefaultValueFactory = _ => 3 };
var mosquitto = new Option<string>("--mosquitto") { Description = "The broker executable.", DefaultValueFactory = _ => "/usr/sbin/mosquitto" };
var setting = new Option<string[]>("--setting") { Description = "A setting of the started server as NAME=VALUE (e.g. Microfactory__Mqtt__MaxBatch=5000). Repeat for more.", AllowMultipleArgumentsPerToken = true };
var root = new RootCommand("Telemetry ingest benchmark: several MQTTnet publishers at a target rate through a private Mosquitto into the real server (SQLite), then the database is checked: every unique message stored once, no duplicate counted.")
{
    rate, duration, publishers, window, duplicates, states, runs, mosquitto, setting,
};
root.SetAction(async (ParseResult parse, CancellationToken cancellationToken) =>
{
    var settings = new IngestSettings(parse.GetValue(rate), TimeSpan.FromSeconds(parse.GetValue(duration)), parse.GetValue(publishers), parse.GetValue(window),
        parse.GetValue(duplicates), parse.GetValue(states), parse.GetValue(runs), parse.GetValue(mosquitto)!,
        (parse.GetValue(setting) ?? []).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : throw new ArgumentException($"--setting '{p[0]}' must be NAME=VALUE"), StringComparer.Ordinal));
    return await new IngestRun(settings, Console.Out).RunAsync(cancellationToken);
});
return await root.Parse(args).InvokeAsync();
