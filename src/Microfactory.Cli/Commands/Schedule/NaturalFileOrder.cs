namespace Microfactory.Cli.Commands.Schedule;

/// <summary>Orders file names so that <c>la2</c> comes before <c>la10</c> (digit runs compare as numbers).</summary>
internal sealed class NaturalFileOrder : IComparer<string>
{
    public static NaturalFileOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = Path.GetFileName(x) ?? string.Empty;
        var b = Path.GetFileName(y) ?? string.Empty;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsDigit(a[i]) && char.IsDigit(b[j]))
            {
                var si = i;
                var sj = j;
                while (i < a.Length && char.IsDigit(a[i]))
                {
                    i++;
                }
                while (j < b.Length && char.IsDigit(b[j]))
                {
                    j++;
                }
                var cmp = long.Parse(a.AsSpan(si, i - si), provider: null).CompareTo(long.Parse(b.AsSpan(sj, j - sj), provider: null));
                if (cmp != 0)
                {
                    return cmp;
                }
                continue;
            }
            var c = char.ToLowerInvariant(a[i]).CompareTo(char.ToLowerInvariant(b[j]));
            if (c != 0)
            {
                return c;
            }
            i++;
            j++;
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }
}
