namespace Microfactory.Server.Benchmarks;

/// <summary>What one benchmark run does; see Program.cs for each option's meaning.</summary>
internal sealed record LoadSettings(int Orders, int Customers, double Rate, TimeSpan Duration, int Clients, TimeSpan Warmup, int Repairs, int Seed, IReadOnlySet<string> Skip);
