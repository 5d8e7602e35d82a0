using Microfactory.Design.Expressions;
using Microfactory.Design.Geometry;
using Microfactory.Design.Units;

namespace Microfactory.Design.Templates;

// The checked, compiled form of each template section. Slots: parameters first, then derived values.

internal sealed record CompiledParameter(TemplateParameter Definition, int Slot, Unit Unit, double? MinSi, double? MaxSi, double? StepSi);

internal sealed record CompiledRule(TemplateRule Rule, Compiled Condition);

internal sealed record CompiledDerived(DerivedValue Definition, int Slot, Compiled Expression, StaticType Type, Unit DisplayUnit, IReadOnlyList<string> Parameters);

internal sealed record CompiledBom(BomEntry Entry, Compiled Material, Compiled Quantity, Compiled? Condition, IReadOnlyList<string> Parameters);

internal sealed record CompiledOperation(RoutingEntry Entry, Compiled Setup, Compiled Run, Compiled? Condition, IReadOnlyList<string> Parameters);

internal sealed record CompiledGeometry(GeometryOutput Output, Generator Generator, Compiled[] Arguments, IReadOnlyList<string>[] ArgumentParameters);
