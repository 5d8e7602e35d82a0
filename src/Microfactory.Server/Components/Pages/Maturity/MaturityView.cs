using System.Text.Json;
using Microfactory.Maturity.Model;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Maturity;

namespace Microfactory.Server.Components.Pages.Maturity;

/// <summary>What the maturity pages show for one factory: the model, the assessments (newest first), the evidence now and a roadmap.</summary>
internal sealed record MaturityView(
    Core.Factories.Factory Factory,
    IReadOnlyList<Core.Factories.Factory> Factories,
    MaturityModel Model,
    IReadOnlyList<Assessment> History,
    EvidenceReport Evidence,
    RoadmapReport Roadmap)
{
    public Assessment? Latest => History.Count > 0 ? History[0] : null;

    public static async Task<MaturityView?> LoadAsync(MaturityService service, FactoryService factories, string? factoryId, string? profile, CancellationToken ct)
    {
        var all = (await factories.ListAsync(new PageRequest(1, PageRequest.MaxPageSize), ct)).Items;
        var factory = factoryId is null ? all.FirstOrDefault() : all.FirstOrDefault(f => f.Id == factoryId);
        if (factory is null)
        {
            return null;
        }
        var history = (await service.ListAsync(factory.Id, new PageRequest(1, PageRequest.MaxPageSize), ct)).Value!.Items;
        var evidence = (await service.EvidenceAsync(factory.Id, ct)).Value!;
        var roadmap = await service.RoadmapAsync(factory.Id, new RoadmapInput(null, profile is not null && service.Model.FindProfile(profile) is not null ? profile : null, null), ct);
        return new MaturityView(factory, all, service.Model, history, evidence, roadmap.Value!);
    }

    /// <summary>The radar's data for wwwroot/js/maturity.js: dimension names, claimed levels and measured levels (null: no data yet).</summary>
    public string RadarJson() => JsonSerializer.Serialize(new
    {
        indicators = Model.Dimensions.Select(d => d.Name).ToArray(),
        claimed = Latest is { } a ? Model.Dimensions.Select(d => (int?)a.Levels.GetValueOrDefault(d.Id)).ToArray() : null,
        measured = Model.Dimensions.Select(d => Evidence.MeasuredLevels.GetValueOrDefault(d.Id)).ToArray(),
        target = Model.Dimensions.Select(d => Roadmap.ChosenTarget[d.Id]).ToArray(),
    });
}
