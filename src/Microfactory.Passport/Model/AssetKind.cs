namespace Microfactory.Passport.Model;

/// <summary>Whether the shell describes a type of asset or one instance of it.</summary>
public enum AssetKind
{
    /// <summary>A type (a product design).</summary>
    Type,
    /// <summary>One concrete asset (a produced part).</summary>
    Instance,
    /// <summary>Neither a type nor an instance.</summary>
    NotApplicable,
}
