namespace Microfactory.Passport.Json;

/// <summary>Raised inside the reader at the first structural error; the reader turns it into an <see cref="AasReadResult"/>.</summary>
internal sealed class AasFormatException(string message) : Exception(message);
