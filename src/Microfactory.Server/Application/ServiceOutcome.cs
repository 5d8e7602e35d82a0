namespace Microfactory.Server.Application;

/// <summary>The kinds of answer a service gives; each maps to one HTTP status.</summary>
internal enum ServiceOutcome
{
    Ok,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
}
