using System.Text.RegularExpressions;

namespace Microfactory.Passport.Validation;

/// <summary>BCP 47 language tags, with the same grammar as the AAS JSON schema's <c>language</c> pattern (RFC 5646).</summary>
public static partial class LanguageTag
{
    /// <summary>Whether <paramref name="tag"/> is a well-formed BCP 47 tag such as <c>en</c>, <c>de-CH</c> or <c>zh-Hant-TW</c>.</summary>
    public static bool IsWellFormed(string tag) => Pattern().IsMatch(tag);

    [GeneratedRegex(@"^(([a-zA-Z]{2,3}(-[a-zA-Z]{3}(-[a-zA-Z]{3}){0,2})?|[a-zA-Z]{4}|[a-zA-Z]{5,8})(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?(-(([a-zA-Z0-9]){5,8}|[0-9]([a-zA-Z0-9]){3}))*(-[0-9A-WY-Za-wy-z](-([a-zA-Z0-9]){2,8})+)*(-[xX](-([a-zA-Z0-9]){1,8})+)?|[xX](-([a-zA-Z0-9]){1,8})+|((en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE)|(art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang)))$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
