using System.Diagnostics;
using System.Text.Json;

namespace Microfactory.Passport.Tests.Support;

/// <summary>Runs aas-core3.0-typescript and ajv (npm, installed into Verification/node_modules by test.sh) on a JSON document.
/// Missing node or a missing package is a failure, not a skip: the check is part of the suite.</summary>
internal static class AasCoreVerification
{
    public sealed record Finding(string Kind, string Path, string Message);

    /// <summary>What verify.cjs finds in an environment: a de-serialization error or every constraint violation.</summary>
    public static IReadOnlyList<Finding> Run(byte[] utf8Json) =>
        JsonSerializer.Deserialize<List<Finding>>(Node("verify.cjs", utf8Json), Web)!;

    /// <summary>Whether aas-core's valueConsistentWithXsdType accepts each value as its xs: type, in order; null where it throws.</summary>
    public static IReadOnlyList<bool?> ValuesConsistent(IReadOnlyList<(string Type, string Value)> values)
    {
        var input = JsonSerializer.SerializeToUtf8Bytes(values.Select(v => new { type = v.Type, value = v.Value }));
        return JsonSerializer.Deserialize<List<bool?>>(Node("values.cjs", input), Web)!;
    }

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>Runs one of the Verification folder's scripts on <paramref name="input"/> (stdin) and returns what it prints.</summary>
    internal static string Node(string script, byte[] input)
    {
        var folder = Path.Combine(SourceFolder(), "Verification");
        foreach (var package in new[] { Path.Combine("@aas-core-works", "aas-core3.0-typescript"), "ajv" })
        {
            Assert.True(File.Exists(Path.Combine(folder, "node_modules", package, "package.json")), $"{package} is not installed in {folder}; run ./test.sh or `npm ci --prefix {folder}`.");
        }
        var start = new ProcessStartInfo("node", [script])
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
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"node {script} exited with {process.ExitCode}: {stderr.Result}");
            return stdout;
        }
    }

    /// <summary>This project's folder: above the running tests' output, or beside it for another test project that links this file
    /// (the server's tests run the same checks on the passports the server issues).</summary>
    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Microfactory.Passport.Tests.csproj")))
            {
                return dir.FullName;
            }
            var sibling = Path.Combine(dir.FullName, "Microfactory.Passport.Tests");
            if (File.Exists(Path.Combine(sibling, "Microfactory.Passport.Tests.csproj")))
            {
                return sibling;
            }
        }
        throw new InvalidOperationException($"The Microfactory.Passport.Tests folder is neither above nor beside a folder above {AppContext.BaseDirectory}.");
    }
}
