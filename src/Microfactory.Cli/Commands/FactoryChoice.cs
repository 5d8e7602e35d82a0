using System.CommandLine;
using Microfactory.Core.Factories;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Factories;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Cli.Commands;

/// <summary>The <c>--factory ID</c> of a command: the one named, or the only factory of the database; otherwise an error that lists the known ones.</summary>
internal static class FactoryChoice
{
    public static Option<string?> Option() => new("--factory", "-f") { Description = "The factory id (e.g. fac_kwun_tong). Default: the only factory of the database." };

    public static async Task<Factory?> ResolveAsync(CliContext context, string command, IServiceProvider services, string? wanted, CancellationToken cancellationToken)
    {
        var factories = services.GetRequiredService<FactoryService>();
        if (wanted is not null && (await factories.GetAsync(wanted, cancellationToken)).Value is { } named)
        {
            return named;
        }
        var all = (await factories.ListAsync(new PageRequest(1, PageRequest.MaxPageSize), cancellationToken)).Items;
        if (wanted is null && all.Count == 1)
        {
            return all[0];
        }
        var known = all.Count == 0 ? "none (start the server with demo seeding, or create one with POST /api/v1/factories)" : string.Join(", ", all.Select(f => f.Id));
        await context.Error.WriteLineAsync(wanted is null
            ? $"{command}: name a factory with --factory; known factories: {known}."
            : $"{command}: no factory '{wanted}'; known factories: {known}.");
        return null;
    }
}
