namespace Microfactory.Design.Geometry;

/// <summary>
/// Traces the outline of a region made of filled cells of a rectilinear grid. Finger-jointed
/// panels are exactly such regions, and tracing cells (instead of stitching edge profiles by
/// hand) makes every corner case — notched corners, fingers next to corners — come out closed
/// and counter-clockwise by construction.
/// </summary>
internal static class CellOutline
{
    /// <summary>
    /// Returns the single outer boundary of the filled cells, counter-clockwise. The region must
    /// be one piece without holes or cells touching only at a corner (the generators ensure that).
    /// The work grows with the number of cells: callers bound the grid (<see cref="GeneratorLimits"/>).
    /// </summary>
    public static List<Point2> Trace(IReadOnlyList<double> xs, IReadOnlyList<double> ys, Func<double, double, bool> filled, CancellationToken cancellationToken)
    {
        var nx = xs.Count - 1;
        var ny = ys.Count - 1;
        var cells = new bool[nx, ny];
        for (var i = 0; i < nx; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var j = 0; j < ny; j++)
            {
                cells[i, j] = filled((xs[i] + xs[i + 1]) / 2, (ys[j] + ys[j + 1]) / 2);
            }
        }
        bool At(int i, int j) => i >= 0 && j >= 0 && i < nx && j < ny && cells[i, j];

        // Directed boundary edges between grid nodes, keyed by their start node.
        var next = new Dictionary<(int, int), (int, int)>();
        for (var i = 0; i < nx; i++)
        {
            for (var j = 0; j < ny; j++)
            {
                if (!cells[i, j])
                {
                    continue;
                }
                if (!At(i, j - 1))
                {
                    next[(i, j)] = (i + 1, j);
                }
                if (!At(i + 1, j))
                {
                    next[(i + 1, j)] = (i + 1, j + 1);
                }
                if (!At(i, j + 1))
                {
                    next[(i + 1, j + 1)] = (i, j + 1);
                }
                if (!At(i - 1, j))
                {
                    next[(i, j + 1)] = (i, j);
                }
            }
        }
        var start = next.Keys.Min();
        var points = new List<Point2>();
        var node = start;
        do
        {
            points.Add(new Point2(xs[node.Item1], ys[node.Item2]));
            node = next[node];
        }
        while (node != start && points.Count <= next.Count);
        return Polygon.Simplify(points);
    }
}
