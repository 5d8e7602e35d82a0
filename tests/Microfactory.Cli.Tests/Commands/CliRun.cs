namespace Microfactory.Cli.Tests.Commands;

/// <summary>Runs <c>mf</c> in-process with captured output, as a user's shell would see it.</summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static string NewSqliteConnectionString()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mf-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "microfactory.db")}";
    }
}
