using System.Globalization;

namespace Microfactory.Design.Templates;

/// <summary>
/// A template version: semantic <c>MAJOR.MINOR.PATCH</c> with non-negative integers and no
/// pre-release suffix. Ordered numerically, so 1.10.0 follows 1.9.0.
/// </summary>
public readonly record struct TemplateVersion(int Major, int Minor, int Patch) : IComparable<TemplateVersion>
{
    /// <summary>Parses "1.2.3"; false for anything else.</summary>
    public static bool TryParse(string? text, out TemplateVersion version)
    {
        version = default;
        var parts = text?.Split('.');
        if (parts is not { Length: 3 })
        {
            return false;
        }
        var numbers = new int[3];
        for (var i = 0; i < 3; i++)
        {
            if (parts[i].Length == 0 || parts[i].Length > 6 || !parts[i].All(char.IsAsciiDigit) || (parts[i].Length > 1 && parts[i][0] == '0'))
            {
                return false;
            }
            numbers[i] = int.Parse(parts[i], CultureInfo.InvariantCulture);
        }
        version = new TemplateVersion(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(TemplateVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor != other.Minor ? Minor.CompareTo(other.Minor) : Patch.CompareTo(other.Patch);

    /// <summary>True when <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    public static bool operator <(TemplateVersion left, TemplateVersion right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    public static bool operator >(TemplateVersion left, TemplateVersion right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> orders before or equals <paramref name="right"/>.</summary>
    public static bool operator <=(TemplateVersion left, TemplateVersion right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> orders after or equals <paramref name="right"/>.</summary>
    public static bool operator >=(TemplateVersion left, TemplateVersion right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
}
