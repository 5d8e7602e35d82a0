using Microfactory.Maturity.Model;
using Microfactory.Maturity.Reading;
using Microfactory.Server.Features.Maturity.Evidence;

namespace Microfactory.Server.Features.Maturity;

/// <summary>
/// The maturity model the platform runs with: the shipped document, or the one at <c>Microfactory:Maturity:ModelPath</c>
/// (a revised model without a code change). Read once at start; a document that does not validate — or names a
/// figure that is neither measured by the platform nor marked <c>planned: true</c> — stops the start with its line.
/// </summary>
internal sealed class MaturityModelSource
{
    public const string PathSetting = "Microfactory:Maturity:ModelPath";

    public MaturityModelSource(IConfiguration configuration, IEnumerable<IEvidenceFigure> figures)
    {
        var path = configuration[PathSetting];
        var name = string.IsNullOrWhiteSpace(path) ? "the shipped maturity model" : $"maturity model {Path.GetFullPath(path)}";
        string yaml;
        try
        {
            yaml = string.IsNullOrWhiteSpace(path) ? ShippedModel.Yaml : File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"Cannot read {name} ({PathSetting}): {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InvalidOperationException($"Cannot read {name} ({PathSetting}): {e.Message}", e);
        }
        var result = ModelReader.Read(yaml);
        var measured = figures.Select(f => f.Figure).ToHashSet(StringComparer.Ordinal);
        var problems = result.Problems.Select(p => p.ToString()).ToList();
        if (result.Model is { } model)
        {
            problems.AddRange(model.Dimensions.SelectMany(d => d.Evidence)
                .Where(e => !e.Planned && !measured.Contains(e.Figure))
                .Select(e => $"line {e.Line}: figure '{e.Figure}' is not measured by this platform; mark it 'planned: true' or use one of: {string.Join(", ", measured.Order(StringComparer.Ordinal))}"));
        }
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The {name} does not validate: {string.Join("; ", problems.Take(20))}");
        }
        Model = result.Model!;
    }

    public MaturityModel Model { get; }
}
