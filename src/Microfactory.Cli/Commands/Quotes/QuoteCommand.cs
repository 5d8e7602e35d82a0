using System.CommandLine;
using System.Globalization;
using Microfactory.Core.Factories;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Customers;
using Microfactory.Server.Features.Quotes;
using Microfactory.Server.Features.Templates;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Microfactory.Cli.Commands.Quotes;

/// <summary>
/// <c>mf quote TEMPLATE [--version V] --set k=v … [--quantity N] [--requested-date D] [--factory ID] [--customer ID]</c>:
/// asks the platform's QuoteService (the one behind POST /api/v1/quotes) for the three options against the factory's
/// live plan and prints them side by side; the quote is stored, so it can be accepted later. The quote id is the last
/// line. Exit codes: 0 quoted (also when an option is unavailable: it says why), 2 the request was refused (each
/// field and rule on stderr), 1 anything else (unknown template, customer or factory; no database).
/// </summary>
internal static class QuoteCommand
{
    public static Command Create(CliContext context)
    {
        var template = new Argument<string>("template") { Description = "The id of a published template (see 'mf template list')." };
        var version = new Option<string?>("--version", "-v") { Description = "The template version to quote. Default: its latest published version." };
        var set = new Option<string[]>("--set")
        {
            Description = "A parameter value as name=value, e.g. --set length=800mm --set material=mat_steel_dc01_2_0. Repeat for more; the rest keep their defaults.",
            AllowMultipleArgumentsPerToken = true,
        };
        var quantity = new Option<int>("--quantity", "-n") { Description = "How many units.", DefaultValueFactory = _ => 1 };
        var requested = new Option<string?>("--requested-date", "-d") { Description = "The date (yyyy-MM-dd, at the factory) every option must complete by. Default: the platform's quoting horizon." };
        var factory = FactoryChoice.Option();
        var customer = new Option<string?>("--customer") { Description = "The customer the quote is for (cus_…). Default: the only customer of the database." };
        var operations = new Option<bool>("--operations") { Description = "Also list each option's tentative operations (machine, start, end)." };
        var connection = ServerConnection.ConnectionStringOption();
        var command = new Command("quote", "Quote a configured product: the fastest, cheapest and greenest options against the factory's live plan (price and breakdown, promised completion, kg CO2e, kWh). Prints the quote id last. Exit code 2 when the request is refused.")
        {
            template, version, set, quantity, requested, factory, customer, operations, connection,
        };
        command.SetAction((ParseResult parse, CancellationToken cancellationToken) =>
            DatabaseCommand.RunAsync(context, "mf quote", parse.GetValue(connection), async services =>
            {
                var (values, setError) = ParameterAssignments.Parse(parse.GetValue(set) ?? []);
                if (values is null)
                {
                    await context.Error.WriteLineAsync($"mf quote: {setError}");
                    return CliApp.Failure;
                }
                DateOnly? date = null;
                if (parse.GetValue(requested) is { } text)
                {
                    if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    {
                        await context.Error.WriteLineAsync($"mf quote: --requested-date '{text}' must be a date as yyyy-MM-dd.");
                        return CliApp.Failure;
                    }
                    date = parsed;
                }
                var templateId = parse.GetValue(template)!;
                var templateVersion = parse.GetValue(version);
                if (templateVersion is null)
                {
                    var latest = await services.GetRequiredService<TemplateService>().GetAsync(templateId, null, cancellationToken);
                    if (latest.Outcome != ServiceOutcome.Ok)
                    {
                        await context.Error.WriteLineAsync($"mf quote: {latest.Message} See 'mf template list'.");
                        return CliApp.Failure;
                    }
                    templateVersion = latest.Value.Published.Version.ToString();
                }
                var customerId = parse.GetValue(customer) ?? await OnlyCustomerAsync(context, services, cancellationToken);
                if (customerId is null)
                {
                    return CliApp.Failure;
                }
                var chosen = await FactoryChoice.ResolveAsync(context, "mf quote", services, parse.GetValue(factory), cancellationToken);
                if (chosen is null)
                {
                    return CliApp.Failure;
                }
                var input = new QuoteInput(chosen.Id, customerId, [new QuoteLineInput(templateId, templateVersion, values, parse.GetValue(quantity))], date);
                var quotes = services.GetRequiredService<QuoteService>();
                var made = await WithStatusAsync(context, "Quoting against the live plan…", () => quotes.CreateAsync(Caller.System, input, cancellationToken));
                switch (made.Outcome)
                {
                    case ServiceOutcome.Ok:
                        QuoteView.Render(context.Console, made.Value!, chosen, parse.GetValue(operations));
                        await context.Output.WriteLineAsync(made.Value!.Id);
                        return 0;
                    case ServiceOutcome.Invalid:
                    case ServiceOutcome.Conflict:
                        foreach (var error in made.Errors)
                        {
                            // The message names the rule in words; the bracket names the field for scripts.
                            await context.Error.WriteLineAsync($"{error.Message} [{error.Field}]");
                        }
                        return Refused;
                    default:
                        await context.Error.WriteLineAsync($"mf quote: {made.Message}");
                        return CliApp.Failure;
                }
            }));
        return command;
    }

    /// <summary>Exit code when the service refused the request (rule violations, a date in the past, a quantity over the limit).</summary>
    public const int Refused = 2;

    /// <summary>Runs <paramref name="work"/> under a spinner on a terminal; in a pipe or a file, silently.</summary>
    internal static async Task<T> WithStatusAsync<T>(CliContext context, string status, Func<Task<T>> work)
    {
        if (!context.Console.Profile.Capabilities.Interactive)
        {
            return await work();
        }
        return await context.Console.Status().StartAsync(status, _ => work());
    }

    private static async Task<string?> OnlyCustomerAsync(CliContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        var page = await services.GetRequiredService<CustomerService>().ListAsync(Caller.System, new PageRequest(1, 11), cancellationToken);
        if (page.Items.Count == 1)
        {
            return page.Items[0].Id;
        }
        var known = page.Items.Count == 0 ? "none yet (create one with POST /api/v1/customers)"
            : string.Join(", ", page.Items.Take(10).Select(c => c.Id)) + (page.Total > 10 ? $" and {page.Total - 10} more" : "");
        await context.Error.WriteLineAsync($"mf quote: name the customer with --customer; customers: {known}.");
        return null;
    }

    internal static string Describe(Factory factory) => $"{factory.Name} ({factory.Id})";
}
