namespace Microfactory.Design.Geometry;

/// <summary>What a generator returns: a drawing, a mesh, or a message naming the argument it cannot honour.</summary>
internal sealed record GeneratorOutput(Drawing? Drawing, Mesh? Mesh, string? Problem, IReadOnlyList<string> ProblemArguments)
{
    public static GeneratorOutput Of(Drawing drawing) => new(drawing, null, null, []);

    public static GeneratorOutput Of(Mesh mesh) => new(null, mesh, null, []);

    public static GeneratorOutput Refuse(string problem, params string[] arguments) => new(null, null, problem, arguments);
}
