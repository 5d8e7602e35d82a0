using System.Globalization;
using Microfactory.Planning.Model;

namespace Microfactory.Planning.Formats;

/// <summary>Reads benchmark instances. A malformed file gives a failed result naming the line and field, never an exception.</summary>
public static class InstanceParser
{
    /// <summary>Parses <paramref name="text"/> in the given format.</summary>
    public static InstanceResult Parse(string text, InstanceFormat format, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = Tokenise(text);
        if (lines.Count == 0)
        {
            return InstanceResult.Failure("line 1: the file is empty");
        }
        return format == InstanceFormat.Fjs ? ParseFjs(lines, name) : ParseJsp(lines, name);
    }

    private static InstanceResult ParseFjs(List<(int Line, string[] Tokens)> lines, string name)
    {
        var (headerLine, header) = lines[0];
        if (header.Length < 2 || !TryInt(header[0], out var jobCount) || !TryInt(header[1], out var machineCount) || jobCount < 1 || machineCount < 1)
        {
            return InstanceResult.Failure($"line {headerLine}: expected 'jobs machines [flexibility]' with positive integers");
        }
        if (lines.Count - 1 < jobCount)
        {
            return InstanceResult.Failure($"line {headerLine}: header announces {jobCount} jobs but the file has {lines.Count - 1} job lines");
        }
        var jobs = new List<Job>(jobCount);
        for (var j = 0; j < jobCount; j++)
        {
            var (lineNo, tokens) = lines[j + 1];
            var reader = new TokenReader(lineNo, tokens);
            if (!reader.Next("operation count", out var operationCount, min: 1, out var error))
            {
                return InstanceResult.Failure(error);
            }
            var operations = new List<Operation>(operationCount);
            for (var o = 0; o < operationCount; o++)
            {
                if (!reader.Next($"machine count of operation {o + 1}", out var optionCount, min: 1, out error))
                {
                    return InstanceResult.Failure(error);
                }
                var options = new List<MachineOption>(optionCount);
                for (var a = 0; a < optionCount; a++)
                {
                    if (!reader.Next($"machine of operation {o + 1}", out var machine, min: 1, out error)
                        || !reader.Next($"duration of operation {o + 1}", out var duration, min: 0, out error))
                    {
                        return InstanceResult.Failure(error);
                    }
                    if (machine > machineCount)
                    {
                        return InstanceResult.Failure($"line {lineNo}: machine {machine} of operation {o + 1} exceeds the {machineCount} machines of the header (machines are 1-based)");
                    }
                    options.Add(new MachineOption(machine - 1, duration));
                }
                operations.Add(new Operation(options));
            }
            if (!reader.AtEnd)
            {
                return InstanceResult.Failure($"line {lineNo}: unexpected extra numbers after {operationCount} operations");
            }
            jobs.Add(new Job(operations));
        }
        return WithLineContext(Instance.Create(name, jobs, PlainMachines(machineCount)), lines[0].Line);
    }

    private static InstanceResult ParseJsp(List<(int Line, string[] Tokens)> lines, string name)
    {
        var (headerLine, header) = lines[0];
        if (header.Length != 2 || !TryInt(header[0], out var jobCount) || !TryInt(header[1], out var machineCount) || jobCount < 1 || machineCount < 1)
        {
            return InstanceResult.Failure($"line {headerLine}: expected 'jobs machines' with positive integers");
        }
        if (lines.Count - 1 < jobCount)
        {
            return InstanceResult.Failure($"line {headerLine}: header announces {jobCount} jobs but the file has {lines.Count - 1} job lines");
        }
        var jobs = new List<Job>(jobCount);
        for (var j = 0; j < jobCount; j++)
        {
            var (lineNo, tokens) = lines[j + 1];
            if (tokens.Length != 2 * machineCount)
            {
                return InstanceResult.Failure($"line {lineNo}: expected {machineCount} 'machine duration' pairs, found {tokens.Length} numbers");
            }
            var reader = new TokenReader(lineNo, tokens);
            var operations = new List<Operation>(machineCount);
            for (var o = 0; o < machineCount; o++)
            {
                if (!reader.Next($"machine of operation {o + 1}", out var machine, min: 0, out var error)
                    || !reader.Next($"duration of operation {o + 1}", out var duration, min: 0, out error))
                {
                    return InstanceResult.Failure(error);
                }
                if (machine >= machineCount)
                {
                    return InstanceResult.Failure($"line {lineNo}: machine {machine} of operation {o + 1} exceeds the {machineCount} machines of the header (machines are 0-based)");
                }
                operations.Add(new Operation([new MachineOption(machine, duration)]));
            }
            jobs.Add(new Job(operations));
        }
        return WithLineContext(Instance.Create(name, jobs, PlainMachines(machineCount)), lines[0].Line);
    }

    private static InstanceResult WithLineContext(InstanceResult result, int headerLine) =>
        result.IsSuccess ? result : InstanceResult.Failure($"line {headerLine}: {result.Error}");

    private static Machine[] PlainMachines(int count) => [.. Enumerable.Range(0, count).Select(Machine.Plain)];

    private static List<(int Line, string[] Tokens)> Tokenise(string text)
    {
        var result = new List<(int, string[])>();
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var tokens = raw.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length > 0)
            {
                result.Add((lineNo, tokens));
            }
        }
        return result;
    }

    private static bool TryInt(string token, out int value) =>
        int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    private sealed class TokenReader(int lineNo, string[] tokens)
    {
        private int _position;

        public bool AtEnd => _position >= tokens.Length;

        public bool Next(string field, out int value, int min, out string error)
        {
            error = string.Empty;
            if (_position >= tokens.Length)
            {
                value = 0;
                error = $"line {lineNo}: missing {field} (the line ends too early)";
                return false;
            }
            var token = tokens[_position++];
            if (!TryInt(token, out value) || value < min)
            {
                error = $"line {lineNo}, number {_position}: {field} must be an integer of at least {min}, found '{token}'";
                return false;
            }
            return true;
        }
    }
}
