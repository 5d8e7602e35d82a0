using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Microfactory.Design.Templates;

/// <summary>
/// Reads a template document into <see cref="YamlItem"/>s from YamlDotNet's event parser, with an
/// explicit stack instead of recursion. The parser and its scanner are state machines that do not
/// recurse on nesting; this builder stops at the first node nested deeper than
/// <see cref="MaxDepth"/>, so hostile depth costs neither stack nor time. Aliases are refused:
/// templates never need them, and expanding them is how small documents become huge or cyclic.
/// </summary>
internal static class YamlTree
{
    /// <summary>Deepest nesting of lists and mappings accepted; a template needs four levels.</summary>
    public const int MaxDepth = 16;

    /// <summary>After this many refused aliases the reader stops listing them.</summary>
    private const int MaxAliasProblems = 10;

    /// <summary>The top-level node of the single document, or null after adding the problems that refuse the text.</summary>
    public static YamlItem? Load(string text, List<TemplateProblem> problems)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Frame>();
        YamlItem? root = null;
        var documents = 0;
        var aliases = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                var (line, column) = ((int)current.Start.Line, (int)current.Start.Column);
                switch (current)
                {
                    case DocumentStart when ++documents > 1:
                        problems.Add(new TemplateProblem("a template is exactly one YAML document; a second one starts here (remove the '---' line and what follows, or publish it separately)", line, column, ""));
                        return null;
                    case AnchorAlias alias:
                        problems.Add(new TemplateProblem($"aliases (*{alias.Value}) are not allowed in a template: write the value out where it is needed", line, column, ""));
                        if (++aliases >= MaxAliasProblems)
                        {
                            return null;
                        }
                        Add(stack, ref root, new YamlText("", ScalarStyle.Plain, line, column), problems);
                        break;
                    case Scalar scalar:
                        Add(stack, ref root, new YamlText(scalar.Value, scalar.Style, line, column), problems);
                        break;
                    case SequenceStart or MappingStart:
                        if (stack.Count >= MaxDepth)
                        {
                            problems.Add(new TemplateProblem($"lists and mappings are nested more than {MaxDepth} levels deep here; a template needs at most four", line, column, ""));
                            return null;
                        }
                        YamlItem collection = current is SequenceStart ? new YamlList(line, column) : new YamlMap(line, column);
                        var path = Add(stack, ref root, collection, problems);
                        stack.Push(new Frame(collection, path));
                        break;
                    case SequenceEnd or MappingEnd:
                        stack.Pop();
                        break;
                }
            }
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            problems.Add(new TemplateProblem("the YAML cannot be read: " + message, (int)e.Start.Line, (int)e.Start.Column, ""));
            return null;
        }
        return aliases > 0 ? null : root;
    }

    /// <summary>
    /// Puts a finished or just-opened node where it belongs: the root, the next list item, a
    /// mapping's key or value. Returns the node's path (e.g. <c>routing[2].after</c>) for messages.
    /// </summary>
    private static string Add(Stack<Frame> stack, ref YamlItem? root, YamlItem item, List<TemplateProblem> problems)
    {
        if (stack.Count == 0)
        {
            root = item;
            return "";
        }
        var frame = stack.Peek();
        if (frame.Collection is YamlList list)
        {
            list.Items.Add(item);
            return $"{frame.Path}[{list.Items.Count - 1}]";
        }
        var map = (YamlMap)frame.Collection;
        if (!frame.ExpectingValue)
        {
            frame.ExpectingValue = true;
            frame.Key = item as YamlText;
            if (frame.Key is null)
            {
                problems.Add(new TemplateProblem("a key must be a single name, not a list or mapping", item.Line, item.Column, frame.Path));
            }
            return frame.Path;
        }
        frame.ExpectingValue = false;
        var key = frame.Key;
        frame.Key = null;
        if (key is null)
        {
            return frame.Path;
        }
        var path = YamlNodes.Join(frame.Path, key.Value);
        if (!map.TryAdd(key, item))
        {
            problems.Add(new TemplateProblem($"the key '{key.Value}' appears twice in this mapping; keep one", key.Line, key.Column, path));
        }
        return path;
    }

    private sealed class Frame(YamlItem collection, string path)
    {
        public YamlItem Collection { get; } = collection;

        public string Path { get; } = path;

        public bool ExpectingValue { get; set; }

        public YamlText? Key { get; set; }
    }
}
