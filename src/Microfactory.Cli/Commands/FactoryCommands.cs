using System.CommandLine;
using System.Globalization;
using Microfactory.Core.Factories;
using Microfactory.Core.Machines;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Factories;
using Microfactory.Server.Features.Machines;
using Microfactory.Server.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Microfactory.Cli.Commands;

/// <summary><c>mf factory …</c>: look at the factories in the database.</summary>
internal static class FactoryCommands
{
    public static Command Create(CliContext context)
    {
        var factory = new Command("factory", "Look at the factories in the platform's database.");
        factory.Subcommands.Add(Show(context));
        return factory;
    }

    private static Command Show(CliContext context)
    {
        var id = new Argument<string?>("id") { Description = "The factory id (e.g. fac_kwun_tong). Default: the only factory, or a list to choose from.", Arity = ArgumentArity.ZeroOrOne };
        var connection = ServerConnection.ConnectionStringOption();
        var command = new Command("show", "Show a factory: site, energy profile by hour, and its machines.") { id, connection };
        command.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                await using var services = ServerConnection.CreateServices(result.GetValue(connection));
                if (ServerConnection.MissingSqliteFile(services) is { } missing)
                {
                    await context.Error.WriteLineAsync($"mf factory show: no SQLite database at {missing}. Start the server once (mf serve) or run 'mf db migrate', or check --connection-string.");
                    return CliApp.Failure;
                }
                var versions = await services.GetRequiredService<Migrator>().AppliedVersionsAsync(cancellationToken);
                if (versions.Count == 0)
                {
                    await context.Error.WriteLineAsync("mf factory show: the database is empty. Start the server once (mf serve) or run 'mf db migrate'.");
                    return CliApp.Failure;
                }
                var factories = services.GetRequiredService<FactoryService>();
                var all = (await factories.ListAsync(new PageRequest(1, PageRequest.MaxPageSize), cancellationToken)).Items;
                var wanted = result.GetValue(id);
                var factory = wanted is null ? (all.Count == 1 ? all[0] : null) : all.FirstOrDefault(f => f.Id == wanted) ?? (await factories.GetAsync(wanted, cancellationToken)).Value;
                if (factory is null)
                {
                    var known = all.Count == 0 ? "none (start the server with demo seeding, or create one with POST /api/v1/factories)" : string.Join(", ", all.Select(f => f.Id));
                    await context.Error.WriteLineAsync(wanted is null
                        ? $"mf factory show: name a factory id; known factories: {known}."
                        : $"mf factory show: no factory '{wanted}'; known factories: {known}.");
                    return CliApp.Failure;
                }
                var machines = (await services.GetRequiredService<MachineService>().ListAsync(factory.Id, new PageRequest(1, PageRequest.MaxPageSize), cancellationToken)).Items;
                Render(context.Console, factory, machines);
                return 0;
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or ArgumentException or IOException)
            {
                await context.Error.WriteLineAsync($"mf factory show: cannot read the database: {ex.Message} Check --connection-string (or Microfactory__ConnectionString).");
                return CliApp.Failure;
            }
        });
        return command;
    }

    private static void Render(IAnsiConsole console, Factory factory, IReadOnlyList<Machine> machines)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(factory.Name)}[/] ({factory.Id})").LeftJustified());
        var facts = new Grid().AddColumn().AddColumn();
        facts.AddRow("Site", Markup.Escape(factory.Site));
        facts.AddRow("Address", Markup.Escape(factory.Location.Address));
        facts.AddRow("Location", string.Create(CultureInfo.InvariantCulture, $"{factory.Location.Latitude:0.0000}, {factory.Location.Longitude:0.0000}"));
        facts.AddRow("Time zone", factory.TimeZoneId);
        facts.AddRow("Currency", factory.Currency);
        console.Write(facts);
        console.WriteLine();

        // Without colour (a pipe, NO_COLOR) the on-peak hours carry a mark instead, so the tariff stays readable.
        var coloured = console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
        var chart = new BarChart().Width(72).Label(coloured
            ? "Grid intensity by local hour, g CO2e/kWh ([green]off-peak[/] / [darkorange]on-peak[/] tariff)"
            : "Grid intensity by local hour, g CO2e/kWh (* on-peak tariff)");
        var cheapest = factory.EnergyProfile.Min(r => r.PricePerKwh);
        foreach (var rate in factory.EnergyProfile)
        {
            var peak = rate.PricePerKwh > cheapest;
            chart.AddItem(rate.Hour.ToString("00", CultureInfo.InvariantCulture) + "h" + (coloured ? "" : peak ? " *" : "  "), Math.Round(rate.GridKgCo2ePerKwh * 1000), peak ? Color.DarkOrange : Color.Green);
        }
        console.Write(chart);
        console.WriteLine();

        var table = new Table().Title($"{machines.Count} machines").AddColumns("Id", "Machine", "Capabilities", "Idle kW", "Working kW", $"{factory.Currency}/h", "h/week");
        foreach (var column in table.Columns.Skip(3))
        {
            column.RightAligned();
        }
        foreach (var m in machines)
        {
            table.AddRow(m.Id, Markup.Escape(m.Name), string.Join(", ", m.Capabilities),
                m.IdlePowerKw.ToString("0.##", CultureInfo.InvariantCulture), m.WorkingPowerKw.ToString("0.##", CultureInfo.InvariantCulture),
                m.HourlyRate.ToString("0.00", CultureInfo.InvariantCulture), (m.Calendar.WeeklyMinutes / 60.0).ToString("0.#", CultureInfo.InvariantCulture));
        }
        console.Write(table);
    }
}
