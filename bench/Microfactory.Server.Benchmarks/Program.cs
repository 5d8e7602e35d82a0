using System.CommandLine;
using Microfactory.Server.Benchmarks;

var orders = new Option<int>("--orders") { Description = "Open orders placed in the demo factory before quoting.", DefaultValueFactory = _ => 300 };
var customers = new Option<int>("--customers") { Description = "Customers the orders and quotes are spread over (each quotes with its own API key).", DefaultValueFactory = _ => 10 };
var rate = new Option<double>("--rate") { Description = "Quotes per second of the open-rate phase.", DefaultValueFactory = _ => 200 };
var duration = new Option<double>("--duration") { Description = "Seconds of each measured quote phase.", DefaultValueFactory = _ => 30 };
var clients = new Option<int>("--clients") { Description = "Concurrent clients of the closed-loop (most sustained) phase.", DefaultValueFactory = _ => 16 };
var warmup = new Option<double>("--warmup") { Description = "Seconds of quoting before measuring (JIT, caches, connections).", DefaultValueFactory = _ => 10 };
var repairs = new Option<int>("--repairs") { Description = "Machine downtimes posted (and removed) to time the plan's repair.", DefaultValueFactory = _ => 7 };
var seed = new Option<int>("--seed") { Description = "Seed of the order and quote mix.", DefaultValueFactory = _ => 42 };
var server = new Option<Uri?>("--server") { Description = "Drive this running server instead of starting one (needs --key, an admin API key; its demo factory should have no orders yet)." };
var key = new Option<string?>("--key") { Description = "Admin API key of --server." };
var skip = new Option<string[]>("--skip") { Description = "Phases to leave out: wait (for the plan to hold every order), closed, open, repair.", AllowMultipleArgumentsPerToken = true };
var keep = new Option<bool>("--keep") { Description = "Keep the started server's database folder (its path is printed), e.g. for 'mf plan show -c \"Data Source=…/microfactory.db\"'." };
var setting = new Option<string[]>("--setting") { Description = "A setting of the started server as NAME=VALUE, passed as an environment variable (e.g. Microfactory__Plans__ImproveAfterQuiet=00:00:00). Repeat for more.", AllowMultipleArgumentsPerToken = true };
var root = new RootCommand("Load benchmark of the running Microfactory server: quotes per second and latency with open orders on the live plan, and the plan's repair latency after a machine goes down.")
{
    orders, customers, rate, duration, clients, warmup, repairs, seed, server, key, skip, keep, setting,
};
root.SetAction(async (ParseResult parse, CancellationToken cancellationToken) =>
{
    var settings = new LoadSettings(parse.GetValue(orders), parse.GetValue(customers), parse.GetValue(rate), TimeSpan.FromSeconds(parse.GetValue(duration)),
        parse.GetValue(clients), TimeSpan.FromSeconds(parse.GetValue(warmup)), parse.GetValue(repairs), parse.GetValue(seed),
        new HashSet<string>(parse.GetValue(skip) ?? [], StringComparer.OrdinalIgnoreCase));
    var url = parse.GetValue(server);
    await using var target = url is null
        ? await ServerUnderTest.StartAsync(Settings(parse.GetValue(setting) ?? []), parse.GetValue(keep), Console.Out)
        : ServerUnderTest.Existing(url, parse.GetValue(key) ?? throw new ArgumentException("--server needs --key"));
    return await new LoadRun(target, settings, Console.Out).RunAsync(cancellationToken);
});
return await root.Parse(args).InvokeAsync();

static Dictionary<string, string> Settings(string[] pairs) =>
    pairs.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : throw new ArgumentException($"--setting '{p[0]}' must be NAME=VALUE"), StringComparer.Ordinal);
