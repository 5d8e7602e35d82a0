using Microfactory.Maturity.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Microfactory.Maturity.Reading;

/// <summary>
/// Reads one YAML document into <see cref="YamlNode"/>s from YamlDotNet's event parser (a state machine that does
/// not recurse on nesting) with an explicit stack, and bounds it inside that loop: at most <see cref="MaxDepth"/>
/// levels of nesting and <see cref="MaxNodes"/> nodes, no aliases (expanding them is how small documents become
/// huge), one document. A model document needs five levels and a few thousand nodes.
/// </summary>
internal static class BoundedYaml
{
    public const int MaxDepth = 12;
    public const int MaxNodes = 50_000;

    /// <summary>Longest text read at all, in characters.</summary>
    public const int MaxLength = 1_000_000;

    public static YamlNode? Load(string text, List<ModelProblem> problems)
    {
        if (text.Length > MaxLength)
        {
            problems.Add(new ModelProblem(1, 1, "", $"the document is {text.Length} characters long; a model document may have at most {MaxLength}"));
            return null;
        }
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Frame>();
        YamlNode? root = null;
        var documents = 0;
        var nodes = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                var (line, column) = ((int)current.Start.Line, (int)current.Start.Column);
                if (current is Scalar or SequenceStart or MappingStart or AnchorAlias && ++nodes > MaxNodes)
                {
                    problems.Add(new ModelProblem(line, column, "", $"the document has more than {MaxNodes} values"));
                    return null;
                }
                switch (current)
                {
                    case DocumentStart when ++documents > 1:
                        problems.Add(new ModelProblem(line, column, "", "a model is exactly one YAML document; a second one starts here"));
                        return null;
                    case AnchorAlias alias:
                        problems.Add(new ModelProblem(line, column, "", $"aliases (*{alias.Value}) are not allowed in a model document: write the value out"));
                        return null;
                    case Scalar scalar:
                        if (!Add(stack, ref root, new YamlScalar(scalar.Value, line, column), problems))
                        {
                            return null;
                        }
                        break;
                    case SequenceStart or MappingStart:
                        if (stack.Count >= MaxDepth)
                        {
                            problems.Add(new ModelProblem(line, column, "", $"lists and mappings are nested more than {MaxDepth} levels deep here"));
                            return null;
                        }
                        YamlNode collection = current is SequenceStart ? new YamlSequence(line, column) : new YamlMapping(line, column);
                        if (!Add(stack, ref root, collection, problems))
                        {
                            return null;
                        }
                        stack.Push(new Frame(collection));
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
            problems.Add(new ModelProblem((int)e.Start.Line, (int)e.Start.Column, "", "the YAML cannot be read: " + message));
            return null;
        }
        if (root is null)
        {
            problems.Add(new ModelProblem(1, 1, "", "the document is empty"));
        }
        return root;
    }

    private static bool Add(Stack<Frame> stack, ref YamlNode? root, YamlNode node, List<ModelProblem> problems)
    {
        if (stack.Count == 0)
        {
            root = node;
            return true;
        }
        var frame = stack.Peek();
        if (frame.Collection is YamlSequence sequence)
        {
            sequence.Items.Add(node);
            return true;
        }
        var mapping = (YamlMapping)frame.Collection;
        if (frame.Key is null)
        {
            if (node is not YamlScalar key)
            {
                problems.Add(new ModelProblem(node.Line, node.Column, "", "a key must be a single name, not a list or mapping"));
                return false;
            }
            frame.Key = key;
            return true;
        }
        if (!mapping.TryAdd(frame.Key, node))
        {
            problems.Add(new ModelProblem(frame.Key.Line, frame.Key.Column, "", $"the key '{frame.Key.Value}' appears twice in this mapping"));
            return false;
        }
        frame.Key = null;
        return true;
    }

    private sealed class Frame(YamlNode collection)
    {
        public YamlNode Collection { get; } = collection;

        public YamlScalar? Key { get; set; }
    }
}
