using System.Text;
using Microfactory.Cli.Tests.Commands;
using Microfactory.Cli.Tests.Support;

namespace Microfactory.Cli.Tests;

/// <summary>
/// The real <c>mf</c> process writes no escape sequences into pipes and files, nor colour where
/// the user or the terminal declines it; on a colour terminal it does style (the control that
/// shows these tests can fail).
/// </summary>
public sealed class PlainOutputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mf-plain-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string[]> Commands() =>
    [
        ["--help"],
        ["db", "migrate", "-c", "{db}"],
        ["db", "status", "-c", "{db}"],
        ["factory", "show", "-c", "{db}"],
        ["template", "list", "-c", "{db}"],
        ["template", "list", "--shipped"],
        ["maturity", "show", "-c", "{db}"],
        ["template", "render", "wall-shelf", "--out", "{folder}/render"],
        ["schedule", "solve", "{instances}/jssp/ft06.txt", "--time-limit", "30", "--threads", "1"],
        ["schedule", "bench", "{folder}/jssp", "--time-limit", "30", "--threads", "1", "--best-known", "{instances}/best-known.csv"],
    ];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task RealCli_OutputRedirected_WritesNoEscapeBytes(string[] command)
    {
        var args = await PrepareAsync(command);

        var (exit, output, error) = await MfProcess.RunRedirectedAsync(MfProcess.ColourTerminal, args);

        Assert.True(exit == 0, Encoding.UTF8.GetString(error));
        Assert.NotEmpty(output);
        Assert.False(MfProcess.HasEscape(output), Encoding.UTF8.GetString(output));
        Assert.False(MfProcess.HasEscape(error), Encoding.UTF8.GetString(error));
    }

    [Fact]
    public async Task RealCli_ColourTerminal_Styles()
    {
        var args = await PrepareAsync(["factory", "show", "-c", "{db}"]);

        var (exit, output) = await MfProcess.RunOnTerminalAsync(MfProcess.ColourTerminal, args);

        Assert.Equal(0, exit);
        Assert.True(MfProcess.HasStyle(output), Encoding.UTF8.GetString(output));
    }

    [Theory]
    [InlineData("NO_COLOR", "1")]
    [InlineData("TERM", "dumb")]
    public async Task RealCli_TerminalThatDeclinesColour_IsNotStyled(string variable, string value)
    {
        var args = await PrepareAsync(["factory", "show", "-c", "{db}"]);
        var environment = new Dictionary<string, string?>(MfProcess.ColourTerminal) { [variable] = value };

        var (exit, output) = await MfProcess.RunOnTerminalAsync(environment, args);

        Assert.Equal(0, exit);
        Assert.Contains("Kwun Tong Microfactory", Encoding.UTF8.GetString(output), StringComparison.Ordinal);
        Assert.False(MfProcess.HasStyle(output), Encoding.UTF8.GetString(output));
    }

    /// <summary>Gives the command its own seeded database and instance folder.</summary>
    private async Task<string[]> PrepareAsync(string[] command)
    {
        var database = $"Data Source={Path.Combine(_folder, "microfactory.db")}";
        await CoreCommandTests.SeedDemoAsync(database, withTemplates: true);
        var instances = Path.Combine(AppContext.BaseDirectory, "instances");
        var small = Path.Combine(_folder, "jssp");
        Directory.CreateDirectory(small);
        File.Copy(Path.Combine(instances, "jssp", "ft06.txt"), Path.Combine(small, "ft06.txt"), overwrite: true);
        return [.. command.Select(a => a.Replace("{db}", database, StringComparison.Ordinal).Replace("{folder}", _folder, StringComparison.Ordinal).Replace("{instances}", instances, StringComparison.Ordinal))];
    }
}
