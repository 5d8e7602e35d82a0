using System.Globalization;
using BenchmarkDotNet.Running;
using Microfactory.Design.Catalogue;
using Microfactory.Passport.Benchmarks;
using Microfactory.Passport.Content;
using Microfactory.Passport.Json;
using Microfactory.Passport.Packaging;

// Run: dotnet run -c Release --project bench/Microfactory.Passport.Benchmarks -- --filter '*'
//      dotnet run -c Release --project bench/Microfactory.Passport.Benchmarks -- sizes   (what each passport holds)
if (args is ["sizes"])
{
    var issuer = new PassportIssuer("factory.microfactory.example");
    Console.WriteLine("| template | submodels | JSON bytes | design files (bytes) | AASX bytes |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
    foreach (var template in ShippedTemplates.All)
    {
        var (passport, files) = UnitPassports.For(template.Id);
        var environment = PassportBuilder.BuildUnit(passport, issuer).Environment!;
        var json = AasJsonWriter.ToUtf8Bytes(environment);
        var aasx = AasxWriter.ToBytes(environment, files);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {template.Id} | {environment.Submodels.Count} | {json.Length:N0} | {files.Count} ({files.Sum(f => f.Content.Length):N0}) | {aasx.Length:N0} |"));
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(IssueUnitPassport).Assembly).Run(args);
