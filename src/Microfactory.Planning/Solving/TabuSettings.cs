namespace Microfactory.Planning.Solving;

/// <summary>Tuning of one tabu search run, derived from the problem size.</summary>
internal sealed record TabuSettings(int TenureMin, int TenureMax, int StallLimit, int PerturbationMoves)
{
    public static TabuSettings For(ProblemData data)
    {
        var n = data.OperationCount;
        // Tenure grows with the size of the neighbourhood (about the square root of n, as in
        // TSAB-like searches); randomising it avoids the cycling a fixed tenure allows.
        var baseTenure = 2 + (int)Math.Sqrt(n);
        return new TabuSettings(Math.Max(2, baseTenure / 2), baseTenure * 3 / 2 + 1, Math.Max(2_500, 12 * n), 3 + (int)Math.Sqrt(n) / 3);
    }
}
