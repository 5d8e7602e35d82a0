using System.CommandLine;
using Microfactory.Server.Access;
using Microfactory.Server.Application;
using Microfactory.Server.Features.Copilot;
using Microsoft.Extensions.DependencyInjection;

namespace Microfactory.Cli.Commands;

/// <summary>
/// <c>mf ask "QUESTION"</c>: asks the copilot through the same service as POST /api/v1/copilot/messages and prints the
/// answer and its citations. As the system (every record) unless <c>--as EMAIL</c> names a user, whose view it then is
/// (a customer sees only its own orders). Exit 1 for a refused question or an unknown user.
/// </summary>
internal static class AskCommand
{
    public static Command Create(CliContext context)
    {
        var question = new Argument<string>("question") { Description = "The question, in English or Traditional Chinese (at most 2,000 characters)." };
        var asUser = new Option<string?>("--as") { Description = "Ask as this user (their e-mail): the answer shows only what they may see." };
        var connection = ServerConnection.ConnectionStringOption();
        var command = new Command("ask", "Ask the copilot about orders, the plan, machines, OEE, alarms, footprints, templates or the manuals.") { question, asUser, connection };
        command.SetAction((ParseResult parse, CancellationToken cancellationToken) =>
            DatabaseCommand.RunAsync(context, "mf ask", parse.GetValue(connection), async services =>
            {
                var caller = Caller.System;
                if (parse.GetValue(asUser) is { } email)
                {
                    if (await services.GetRequiredService<UserStore>().FindByEmailAsync(email, cancellationToken) is not { } user)
                    {
                        await context.Error.WriteLineAsync($"mf ask: --as: no user with e-mail '{email}'.");
                        return CliApp.Failure;
                    }
                    caller = new Caller(user.Id, user.Role, user.CustomerId);
                }
                var result = await services.GetRequiredService<CopilotService>().AskAsync(caller, new CopilotMessageInput(parse.GetValue(question), null, null), cancellationToken);
                if (result.Outcome != ServiceOutcome.Ok)
                {
                    await context.Error.WriteLineAsync($"mf ask: {string.Join(" ", result.Errors.Select(e => e.Message))}");
                    return CliApp.Failure;
                }
                var answer = result.Value!;
                await context.Output.WriteLineAsync(answer.Answer);
                // The offline engine's text ends with its sources; a model's may not: list only what the text leaves out.
                foreach (var citation in answer.Citations.Where(c => !answer.Answer.Contains($"({c.Href})", StringComparison.Ordinal)))
                {
                    await context.Output.WriteLineAsync($"[{citation.Kind}] {citation.Id}: {citation.Title} ({citation.Href})");
                }
                if (answer.Proposal is { } proposal)
                {
                    await context.Output.WriteLineAsync($"Proposed, not done: {proposal.Summary} (confirm it in the UI or with POST /api/v1/copilot/proposals/{{id}}/confirm after asking there).");
                }
                return 0;
            }));
        return command;
    }
}
