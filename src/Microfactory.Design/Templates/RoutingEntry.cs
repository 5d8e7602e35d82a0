namespace Microfactory.Design.Templates;

/// <summary>An operation of the routing as declared.</summary>
/// <param name="Id">Identifier, unique within the template.</param>
/// <param name="Capability">The machine capability it needs, e.g. <c>cap_laser_cut_metal</c>.</param>
/// <param name="Setup">Time expression for setting up once per order.</param>
/// <param name="Run">Time expression for making one unit.</param>
/// <param name="After">Operations that must finish first; each must be declared earlier.</param>
/// <param name="Condition">Boolean expression; the operation is left out when false (its successors then follow its predecessors). Empty: always.</param>
/// <param name="Description">Work instruction summary for the operator.</param>
public sealed record RoutingEntry(string Id, string Capability, string Setup, string Run, IReadOnlyList<string> After, string Condition, string Description);
