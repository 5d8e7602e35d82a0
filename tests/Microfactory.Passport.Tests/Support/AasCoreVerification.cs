using System.Diagnostics;
using System.Text.Json;

namespace Microfactory.Passport.Tests.Support;

/// <summary>Runs aas-core3.0-typescript (npm, installed into Verification/node_modules by test.sh) on a JSON document.
/// Missing node or a missing package is a failure, not a skip: the check is part of the suite.</summary>
internal static class AasCoreVerification
{
    public sealed record Finding(string Kind, string Path, string Message);

    public static IReadOnlyList<Finding> Run(byte[] utf8Json)
    {
        var folder = Path.Combine(SourceFolder(), "Verification");
        var package = Path.Combine(folder, "node_modules", "@aas-core-works", "aas-core3.0-typescript", "package.json");
        Assert.True(File.Exists(package), $"aas-core3.0-typescript is not installed in {folder}; run ./test.sh or `npm ci --prefix {folder}`.");
        var start = new ProcessStartInfo("node", ["verify.cjs"])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"node could not be started ({e.Message}); install Node.js (./test.sh does).");
            throw;
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.BaseStream.Write(utf8Json);
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"node verify.cjs exited with {process.ExitCode}: {stderr.Result}");
            return JsonSerializer.Deserialize<List<Finding>>(stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }
    }

    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Microfactory.Passport.Tests.csproj")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"The test project folder is not above {AppContext.BaseDirectory}.");
    }
}
