using System.CommandLine;

namespace Microfactory.Cli.Commands.Maturity;

/// <summary>The options <c>mf maturity show</c> and <c>export</c> share.</summary>
internal static class MaturityOptions
{
    public static (Option<string?> Factory, Option<string?> Assessment, Option<string?> Profile, Option<string?> Connection) Common() =>
    (
        new Option<string?>("--factory", "-f") { Description = "The factory id (e.g. fac_kwun_tong). Default: the only factory." },
        new Option<string?>("--assessment", "-a") { Description = "An assessment id (mma_…) of that factory. Default: the latest." },
        new Option<string?>("--profile", "-p") { Description = "The target profile the roadmap plans for, one of the model's (the shipped model: foundation, microfactory, lighthouse). Default: microfactory." },
        ServerConnection.ConnectionStringOption()
    );
}
