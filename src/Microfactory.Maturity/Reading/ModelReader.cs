using System.Collections.Immutable;
using System.Globalization;
using Microfactory.Maturity.Model;

namespace Microfactory.Maturity.Reading;

/// <summary>
/// Reads and validates a maturity model document (YAML, see <c>Model/microfactory-maturity.yaml</c>). Every problem
/// carries the line and column where it is, so a revised model that does not validate is refused with its line.
/// </summary>
public static class ModelReader
{
    /// <summary>Most dimensions a model may have.</summary>
    public const int MaxDimensions = 40;

    /// <summary>Reads <paramref name="yaml"/>; the model, or the problems in document order.</summary>
    public static ModelReadResult Read(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var problems = new List<ModelProblem>();
        var root = BoundedYaml.Load(yaml, problems);
        if (root is null)
        {
            return Refused(problems);
        }
        var top = Fields.Of(root, "", problems, 1, 1);
        if (top is null)
        {
            return Refused(problems);
        }
        top.Only("model", "version", "title", "description", "groups", "dimensions", "profiles");
        var id = top.Id("model");
        var version = top.Text("version", 20);
        if (version is not null && !IsVersion(version))
        {
            top.Problem(top.Mapping.Get("version")!, "version", $"version '{version}' must be major.minor.patch, such as 1.0.0");
        }
        var title = top.Text("title", 200);
        var description = top.Text("description", 4000);
        var groups = ReadGroups(top, problems);
        var dimensions = ReadDimensions(top, groups, problems);
        var profiles = ReadProfiles(top, dimensions, problems);
        CheckPrerequisites(top, dimensions, problems);
        if (problems.Count > 0)
        {
            return Refused(problems);
        }
        var model = new MaturityModel(id!, version!, title!, description!, [.. groups.Select(g => g.Group)], [.. dimensions.Select(d => d.Dimension)], [.. profiles]);
        return new ModelReadResult(model, []);
    }

    private static ModelReadResult Refused(List<ModelProblem> problems) =>
        new(null, [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Column)]);

    private static bool IsVersion(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 3 && parts.All(p => p.Length is > 0 and <= 6 && p.All(char.IsAsciiDigit));
    }

    private sealed record ReadGroup(DimensionGroup Group, YamlNode Node);

    private sealed record ReadDimension(Dimension Dimension, YamlMapping Node, Dictionary<int, YamlNode> LevelNodes);

    private static List<ReadGroup> ReadGroups(Fields top, List<ModelProblem> problems)
    {
        var groups = new List<ReadGroup>();
        var items = top.List("groups");
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"groups[{i}]";
            if (Fields.Of(items[i], path, problems, items[i].Line, items[i].Column) is not { } g)
            {
                continue;
            }
            g.Only("id", "name", "description");
            var (id, name, description) = (g.Id("id"), g.Text("name", 100), g.Text("description", 1000));
            if (id is null || name is null || description is null)
            {
                continue;
            }
            if (groups.Any(x => x.Group.Id == id))
            {
                g.Problem(items[i], path + ".id", $"the group id '{id}' is used twice");
                continue;
            }
            groups.Add(new ReadGroup(new DimensionGroup(id, name, description), items[i]));
        }
        if (groups.Count == 0 && items.Count == 0 && top.Mapping.Get("groups") is YamlSequence)
        {
            top.Problem(top.Mapping.Get("groups")!, "groups", "groups must name at least one group");
        }
        return groups;
    }

    private static List<ReadDimension> ReadDimensions(Fields top, List<ReadGroup> groups, List<ModelProblem> problems)
    {
        var dimensions = new List<ReadDimension>();
        var items = top.List("dimensions");
        if (items.Count > MaxDimensions)
        {
            top.Problem(top.Mapping.Get("dimensions")!, "dimensions", $"a model may have at most {MaxDimensions} dimensions; this one has {items.Count}");
            return dimensions;
        }
        if (items.Count == 0 && top.Mapping.Get("dimensions") is YamlSequence empty)
        {
            top.Problem(empty, "dimensions", "dimensions must hold at least one dimension");
        }
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"dimensions[{i}]";
            if (Fields.Of(items[i], path, problems, items[i].Line, items[i].Column) is not { } d)
            {
                continue;
            }
            d.Only("id", "group", "name", "question", "weight", "levels", "evidence");
            var id = d.Id("id");
            var groupId = d.Id("group");
            if (groupId is not null && groups.Count > 0 && groups.All(g => g.Group.Id != groupId))
            {
                d.Problem(d.Mapping.Get("group")!, path + ".group", $"group '{groupId}' is not one of the model's groups ({string.Join(", ", groups.Select(g => g.Group.Id))})");
                groupId = null;
            }
            var name = d.Text("name", 100);
            var question = d.Text("question", 500);
            var weight = d.Number("weight", 0.1, 10, required: false) ?? (d.Mapping.Get("weight") is null ? 1.0 : (double?)null);
            var (levels, levelNodes) = ReadLevels(d, problems);
            var evidence = ReadEvidence(d, problems);
            if (id is not null && dimensions.Any(x => x.Dimension.Id == id))
            {
                d.Problem(d.Mapping.Get("id")!, path + ".id", $"the dimension id '{id}' is used twice");
                continue;
            }
            if (id is null || groupId is null || name is null || question is null || weight is null || levels is null || evidence is null)
            {
                continue;
            }
            dimensions.Add(new ReadDimension(new Dimension(id, groupId, name, question, weight.Value, levels.Value, evidence.Value), d.Mapping, levelNodes));
        }
        return dimensions;
    }

    private static (ImmutableArray<MaturityLevel>? Levels, Dictionary<int, YamlNode> Nodes) ReadLevels(Fields d, List<ModelProblem> problems)
    {
        var items = d.List("levels");
        var nodes = new Dictionary<int, YamlNode>();
        if (d.Mapping.Get("levels") is YamlSequence sequence && items.Count != MaturityModel.MaxLevel + 1)
        {
            d.Problem(sequence, d.Join("levels"), $"levels must list exactly the six levels 0 to 5, in order; found {items.Count}");
            return (null, nodes);
        }
        var levels = new List<MaturityLevel>();
        var ok = items.Count > 0;
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{d.Join("levels")}[{i}]";
            if (Fields.Of(items[i], path, problems, items[i].Line, items[i].Column) is not { } l)
            {
                ok = false;
                continue;
            }
            l.Only("level", "does", "link", "linkLabel", "planned", "effect", "requires");
            var number = l.Integer("level", MaturityModel.MinLevel, MaturityModel.MaxLevel);
            if (number is not null && number != i)
            {
                l.Problem(l.Mapping.Get("level")!, path + ".level", $"level {number} is out of order: entry {i} of the list must be level {i}");
                number = null;
            }
            var does = l.Text("does", 600);
            var link = l.Text("link", 200, required: false);
            var linkLabel = l.Text("linkLabel", 100, required: false);
            var planned = l.Text("planned", 100, required: false);
            var effect = l.Text("effect", 600, required: false);
            var requires = ReadRequires(l, problems);
            if (i == 0 && (link ?? planned ?? effect) is not null)
            {
                l.Problem(items[i], path, "level 0 is where a factory starts: it has no link, planned capability or effect");
            }
            if (i > 0)
            {
                if ((link is null) == (planned is null))
                {
                    l.Problem(items[i], path, "a level from 1 to 5 names either a link (a platform page or API path) or a planned capability, not both and not neither");
                }
                if (link is not null && !IsPlatformPath(link))
                {
                    l.Problem(l.Mapping.Get("link")!, path + ".link", $"link '{link}' must be a path of the platform, starting with a single '/' (such as /catalogue/publish)");
                }
                if (link is not null && linkLabel is null)
                {
                    l.Problem(items[i], path + ".linkLabel", "linkLabel is required with a link: the text the link shows");
                }
                if (effect is null)
                {
                    l.Problem(items[i], path + ".effect", "effect is required for levels 1 to 5: what reaching the level changes");
                }
            }
            if (number is null || does is null || requires is null)
            {
                ok = false;
                continue;
            }
            nodes[i] = items[i];
            levels.Add(new MaturityLevel(i, does, link, linkLabel, planned, effect, requires.Value));
        }
        return (ok && levels.Count == MaturityModel.MaxLevel + 1 ? [.. levels] : null, nodes);
    }

    private static ImmutableArray<Prerequisite>? ReadRequires(Fields l, List<ModelProblem> problems)
    {
        var result = new List<Prerequisite>();
        var items = l.List("requires", required: false);
        var ok = true;
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{l.Join("requires")}[{i}]";
            if (Fields.Of(items[i], path, problems, items[i].Line, items[i].Column) is not { } r)
            {
                ok = false;
                continue;
            }
            r.Only("dimension", "level");
            var (dimension, level) = (r.Id("dimension"), r.Integer("level", 1, MaturityModel.MaxLevel));
            if (dimension is null || level is null)
            {
                ok = false;
                continue;
            }
            result.Add(new Prerequisite(dimension, level.Value));
        }
        return ok ? [.. result] : null;
    }

    private static ImmutableArray<EvidenceRule>? ReadEvidence(Fields d, List<ModelProblem> problems)
    {
        var result = new List<EvidenceRule>();
        var items = d.List("evidence", required: false);
        var ok = true;
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{d.Join("evidence")}[{i}]";
            if (Fields.Of(items[i], path, problems, items[i].Line, items[i].Column) is not { } e)
            {
                ok = false;
                continue;
            }
            e.Only("figure", "label", "unit", "planned", "levels");
            var figure = e.Text("figure", 80);
            if (figure is not null && !figure.Split('.').All(Fields.IsId))
            {
                e.Problem(e.Mapping.Get("figure")!, path + ".figure", $"figure '{figure}' must be ids joined by dots, such as suppliers.pact-coverage");
                figure = null;
            }
            var label = e.Text("label", 200);
            var unitText = e.Text("unit", 10);
            FigureUnit? unit = unitText switch
            {
                null => null,
                "share" => FigureUnit.Share,
                "count" => FigureUnit.Count,
                "days" => FigureUnit.Days,
                _ => null,
            };
            if (unitText is not null && unit is null)
            {
                e.Problem(e.Mapping.Get("unit")!, path + ".unit", "unit must be share, count or days");
            }
            var planned = e.Flag("planned");
            var thresholds = unit is null ? null : ReadThresholds(e, unit.Value);
            if (figure is not null && result.Any(r => r.Figure == figure))
            {
                e.Problem(e.Mapping.Get("figure")!, path + ".figure", $"figure '{figure}' is listed twice for this dimension");
                ok = false;
                continue;
            }
            if (figure is null || label is null || unit is null || thresholds is null)
            {
                ok = false;
                continue;
            }
            result.Add(new EvidenceRule(figure, label, unit.Value, planned, thresholds.Value, items[i].Line));
        }
        return ok ? [.. result] : null;
    }

    private static ImmutableArray<double?>? ReadThresholds(Fields e, FigureUnit unit)
    {
        var map = e.Map("levels");
        if (map is null)
        {
            return null;
        }
        var thresholds = new double?[MaturityModel.MaxLevel];
        var ok = true;
        var max = unit == FigureUnit.Share ? 1.0 : 1_000_000;
        foreach (var (key, value) in map.Entries)
        {
            var path = $"{e.Join("levels")}.{key.Value}";
            if (!int.TryParse(key.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level is < 1 or > MaturityModel.MaxLevel)
            {
                e.Problem(key, path, $"'{key.Value}' is not a level from 1 to 5");
                ok = false;
                continue;
            }
            if (value is not YamlScalar scalar || e.ParseNumber(value, scalar.Value, path, $"the least value for level {level}", 0, max) is not { } least)
            {
                if (value is not YamlScalar)
                {
                    e.Problem(value, path, $"the least value for level {level} must be a number");
                }
                ok = false;
                continue;
            }
            thresholds[level - 1] = least;
        }
        if (map.Entries.Count == 0)
        {
            e.Problem(map, e.Join("levels"), "levels must give the least value of at least one level");
            ok = false;
        }
        double? previous = null;
        for (var i = 0; ok && i < thresholds.Length; i++)
        {
            if (thresholds[i] is { } t)
            {
                if (previous is { } p && t < p)
                {
                    e.Problem(map, e.Join("levels"), $"the least value for level {i + 1} ({t.ToString(CultureInfo.InvariantCulture)}) is below the one for a lower level ({p.ToString(CultureInfo.InvariantCulture)}); higher levels need at least as much");
                    ok = false;
                }
                previous = t;
            }
        }
        return ok ? [.. thresholds] : null;
    }

    private static List<TargetProfile> ReadProfiles(Fields top, List<ReadDimension> dimensions, List<ModelProblem> problems)
    {
        var profiles = new List<TargetProfile>();
        var items = top.List("profiles");
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"profiles[{i}]";
            if (Fields.Of(items[i], path, problems, items[i].Line, items[i].Column) is not { } p)
            {
                continue;
            }
            p.Only("id", "name", "description", "default", "levels");
            var (id, name, description) = (p.Id("id"), p.Text("name", 100), p.Text("description", 1000));
            var fallback = p.Integer("default", MaturityModel.MinLevel, MaturityModel.MaxLevel);
            var levels = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
            if (p.Map("levels", required: false) is { } map)
            {
                foreach (var (key, value) in map.Entries)
                {
                    var at = $"{path}.levels.{key.Value}";
                    if (dimensions.All(d => d.Dimension.Id != key.Value))
                    {
                        p.Problem(key, at, $"'{key.Value}' is not a dimension of the model");
                    }
                    else if (value is not YamlScalar s || !int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level > MaturityModel.MaxLevel)
                    {
                        p.Problem(value, at, $"the target level of {key.Value} must be a whole number from 0 to 5");
                    }
                    else
                    {
                        levels[key.Value] = level;
                    }
                }
            }
            if (id is not null && profiles.Any(x => x.Id == id))
            {
                p.Problem(items[i], path + ".id", $"the profile id '{id}' is used twice");
                continue;
            }
            if (id is not null && name is not null && description is not null && fallback is not null)
            {
                profiles.Add(new TargetProfile(id, name, description, fallback.Value, levels.ToImmutable()));
            }
        }
        if (items.Count == 0 && top.Mapping.Get("profiles") is YamlSequence empty)
        {
            top.Problem(empty, "profiles", "profiles must hold at least one target profile");
        }
        return profiles;
    }

    /// <summary>Prerequisites name other dimensions of the model and never go round in a circle (the roadmap could not order them).</summary>
    private static void CheckPrerequisites(Fields top, List<ReadDimension> dimensions, List<ModelProblem> problems)
    {
        var ids = dimensions.Select(d => d.Dimension.Id).ToHashSet(StringComparer.Ordinal);
        var edges = new Dictionary<(string, int), List<(string, int)>>();
        foreach (var (dimension, _, levelNodes) in dimensions)
        {
            foreach (var level in dimension.Levels)
            {
                var needs = new List<(string, int)>();
                if (level.Number > 0)
                {
                    needs.Add((dimension.Id, level.Number - 1));
                }
                foreach (var r in level.Requires)
                {
                    var at = levelNodes[level.Number];
                    var path = $"dimensions[{dimensions.FindIndex(x => x.Dimension.Id == dimension.Id)}].levels[{level.Number}].requires";
                    if (!ids.Contains(r.DimensionId))
                    {
                        top.Problem(at, path, $"requires names '{r.DimensionId}', which is not a dimension of the model");
                    }
                    else if (r.DimensionId == dimension.Id)
                    {
                        top.Problem(at, path, "a level cannot require its own dimension (the levels below it are required already)");
                    }
                    else
                    {
                        needs.Add((r.DimensionId, r.Level));
                    }
                }
                edges[(dimension.Id, level.Number)] = needs;
            }
        }
        if (problems.Count > 0)
        {
            return;
        }
        // Kahn's algorithm over (dimension, level): whatever cannot be ordered lies on a circle.
        var pending = edges.ToDictionary(e => e.Key, e => e.Value.Count);
        var dependants = new Dictionary<(string, int), List<(string, int)>>();
        foreach (var (node, needs) in edges)
        {
            foreach (var need in needs)
            {
                (dependants.TryGetValue(need, out var list) ? list : dependants[need] = []).Add(node);
            }
        }
        var ready = new Queue<(string, int)>(pending.Where(p => p.Value == 0).Select(p => p.Key));
        while (ready.TryDequeue(out var node))
        {
            pending.Remove(node);
            foreach (var next in dependants.GetValueOrDefault(node) ?? [])
            {
                if (--pending[next] == 0)
                {
                    ready.Enqueue(next);
                }
            }
        }
        if (pending.Count > 0)
        {
            var first = pending.Keys.OrderBy(k => dimensions.FindIndex(d => d.Dimension.Id == k.Item1)).ThenBy(k => k.Item2).First();
            var dimension = dimensions.First(d => d.Dimension.Id == first.Item1);
            var circle = string.Join(", ", pending.Keys.OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2).Select(k => $"{k.Item1} {k.Item2}"));
            top.Problem(dimension.LevelNodes[first.Item2], $"dimensions[{dimensions.IndexOf(dimension)}].levels[{first.Item2}].requires",
                $"the prerequisites go round in a circle: {circle.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private static bool IsPlatformPath(string link) =>
        link.Length > 0 && link[0] == '/' && !link.StartsWith("//", StringComparison.Ordinal) && !link.Contains('\\', StringComparison.Ordinal)
        && link.All(c => c > ' ' && c < 127);
}
