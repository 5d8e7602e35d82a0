using System.Globalization;

namespace Microfactory.Cli.Commands.Schedule;

/// <summary>The best-known table (<c>set,instance,jobs,machines,lb,ub,optimal,source</c>), looked up by set and instance.</summary>
internal sealed class BestKnown
{
    private readonly Dictionary<(string Set, string Instance), long> _upper = [];
    private readonly Dictionary<string, List<long>> _byInstance = [];

    public static BestKnown Empty { get; } = new();

    /// <summary>Reads the CSV; lines that do not parse are skipped (the table is reference data, not user input).</summary>
    public static BestKnown Load(string path)
    {
        var table = new BestKnown();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length >= 6 && long.TryParse(fields[5], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ub))
            {
                table._upper[(fields[0], fields[1])] = ub;
                if (!table._byInstance.TryGetValue(fields[1], out var list))
                {
                    table._byInstance[fields[1]] = list = [];
                }
                list.Add(ub);
            }
        }
        return table;
    }

    /// <summary>Finds <c>best-known.csv</c> in the folder or up to three of its parents.</summary>
    public static string? Locate(string directory)
    {
        var current = new DirectoryInfo(directory);
        for (var depth = 0; current is not null && depth < 4; depth++, current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, "best-known.csv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>
    /// The best known makespan of an instance file: the set is <c>fjsp-FOLDER</c> for .fjs
    /// files and <c>jssp-PREFIX</c> (letters of the name) otherwise; an instance name that
    /// appears in exactly one set is found without it.
    /// </summary>
    public long? Find(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var folder = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(file))!).Name;
        var set = Path.GetExtension(file).Equals(".fjs", StringComparison.OrdinalIgnoreCase)
            ? $"fjsp-{folder}"
            : $"jssp-{new string([.. name.TakeWhile(char.IsLetter)])}";
        if (_upper.TryGetValue((set, name), out var ub))
        {
            return ub;
        }
        return _byInstance.TryGetValue(name, out var list) && list.Count == 1 ? list[0] : null;
    }
}
