using Microfactory.Cli.Commands.Db;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Maturity;
using Microfactory.Server.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Cli.Commands.Maturity;

/// <summary>
/// Reads a <see cref="MaturitySnapshot"/> through the same services as the API and the /maturity page, after the
/// checks every database-reading command makes (the file exists, the schema is current). Each refusal is written to
/// the error stream, naming the option and what would be accepted, and answered with its exit code.
/// </summary>
internal static class MaturityLoader
{
    /// <summary>Exit code when an option names something the model does not have (an unknown profile): the input was refused.</summary>
    public const int Refused = 2;

    private const string Hint = "Start the server once (mf serve) or run 'mf db migrate'.";

    public static async Task<(MaturitySnapshot? Snapshot, int ExitCode)> LoadAsync(
        CliContext context, string command, IServiceProvider services, string? factoryId, string? assessmentId, string? profile, CancellationToken cancellationToken)
    {
        if (ServerConnection.MissingSqliteFile(services) is { } missing)
        {
            return await FailAsync(context, $"{command}: no SQLite database at {missing}. {Hint} Or check --connection-string.");
        }
        var database = services.GetRequiredService<Database>();
        var schema = await SchemaStatus.ReadAsync(database, services.GetRequiredService<Migrator>(), cancellationToken);
        if (schema.Applied.Count == 0)
        {
            return await FailAsync(context, $"{command}: {database.Description} has no schema yet. {Hint}");
        }
        if (schema.Pending.Count > 0)
        {
            return await FailAsync(context, $"{command}: the schema of {database.Description} is at version {schema.CurrentVersion}, this mf needs {schema.LatestVersion}: run 'mf db migrate'.");
        }
        // Evidence counts "the last 365 days" of the factory's clock, as the server does (see DatabaseCommand).
        await Microfactory.Server.Features.Simulation.SimulationClockResume.ContinueAsync(services, cancellationToken);

        var maturity = services.GetRequiredService<MaturityService>();
        var model = maturity.Model;
        if (profile is not null && model.FindProfile(profile) is null)
        {
            await context.Error.WriteLineAsync($"{command}: --profile '{profile}' is not a target profile of {model.Title} {model.Version}; the profiles are: {string.Join(", ", model.Profiles.Select(p => $"{p.Id} ({p.Name})"))}.");
            return (null, Refused);
        }

        var factories = services.GetRequiredService<FactoryService>();
        var all = (await factories.ListAsync(new PageRequest(1, PageRequest.MaxPageSize), cancellationToken)).Items;
        var factory = factoryId is null ? (all.Count == 1 ? all[0] : null) : all.FirstOrDefault(f => f.Id == factoryId) ?? (await factories.GetAsync(factoryId, cancellationToken)).Value;
        if (factory is null)
        {
            var known = all.Count == 0 ? "none (start the server with demo seeding, or create one with POST /api/v1/factories)" : string.Join(", ", all.Select(f => f.Id));
            return await FailAsync(context, factoryId is null
                ? $"{command}: name a factory with --factory; known factories: {known}."
                : $"{command}: no factory '{factoryId}'; known factories: {known}.");
        }

        var history = (await maturity.ListAsync(factory.Id, new PageRequest(1, PageRequest.MaxPageSize), cancellationToken)).Value!;
        Assessment? assessment = history.Items.Count > 0 ? history.Items[0] : null;
        if (assessmentId is not null)
        {
            var found = await maturity.GetAsync(factory.Id, assessmentId, cancellationToken);
            if (found.Outcome != ServiceOutcome.Ok)
            {
                var known = history.Items.Count == 0 ? "it has none yet" : "its assessments, newest first: " + string.Join(", ", history.Items.Take(10).Select(a => a.Id)) + (history.Total > 10 ? ", …" : "");
                return await FailAsync(context, $"{command}: --assessment '{assessmentId}' is not an assessment of factory '{factory.Id}'; {known}.");
            }
            assessment = found.Value;
        }

        var roadmap = await maturity.RoadmapAsync(factory.Id, new RoadmapInput(assessment?.Id, profile, null), cancellationToken);
        if (roadmap.Outcome != ServiceOutcome.Ok)
        {
            foreach (var error in roadmap.Errors)
            {
                await context.Error.WriteLineAsync($"{command}: {error.Message}");
            }
            return (null, Refused);
        }
        return (new MaturitySnapshot(factory, model, assessment, history.Items, history.Total, roadmap.Value!), 0);
    }

    private static async Task<(MaturitySnapshot?, int)> FailAsync(CliContext context, string message)
    {
        await context.Error.WriteLineAsync(message);
        return (null, CliApp.Failure);
    }
}
