using BenchmarkDotNet.Running;
using Microfactory.Design.Benchmarks;

// Run: dotnet run -c Release --project bench/Microfactory.Design.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(EvaluateShippedTemplates).Assembly).Run(args);
