namespace Microfactory.Passport.Model;

/// <summary>A text in one language.</summary>
/// <param name="Language">A BCP 47 language tag such as <c>en</c> or <c>de-CH</c>.</param>
/// <param name="Text">The text, not empty.</param>
public sealed record LangString(string Language, string Text);
