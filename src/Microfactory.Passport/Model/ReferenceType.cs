namespace Microfactory.Passport.Model;

/// <summary>Whether a <see cref="Reference"/> points outside the model or at an element of it.</summary>
public enum ReferenceType
{
    /// <summary>Points outside the model; the first key is a <see cref="KeyType.GlobalReference"/>.</summary>
    ExternalReference,
    /// <summary>Points at an element of the model; the first key names an identifiable.</summary>
    ModelReference,
}
