using Microfactory.Passport.Model;

namespace Microfactory.Passport.Tests.Support;

/// <summary>Valid environments of random shape from a seed: nested collections and lists, every value type.</summary>
internal sealed class RandomEnvironments(int seed)
{
    private static readonly Dictionary<DataTypeDefXsd, string[]> Values = new()
    {
        [DataTypeDefXsd.AnyUri] = ["https://microfactory.example/a?b=c#d", "urn:x:y"],
        [DataTypeDefXsd.Base64Binary] = ["AAEC", "SGVsbG8="],
        [DataTypeDefXsd.Boolean] = ["true", "0"],
        [DataTypeDefXsd.Byte] = ["-128", "127"],
        [DataTypeDefXsd.Date] = ["2024-02-29", "2026-12-01Z"],
        [DataTypeDefXsd.DateTime] = ["2026-12-01T09:30:00Z", "2026-12-01T09:30:00.5+01:00"],
        [DataTypeDefXsd.Decimal] = ["-12.50", "0"],
        [DataTypeDefXsd.Double] = ["1.5E3", "NaN"],
        [DataTypeDefXsd.Duration] = ["P1Y2M", "PT0.5S"],
        [DataTypeDefXsd.Float] = ["-INF", "3.25"],
        [DataTypeDefXsd.GDay] = ["---01"],
        [DataTypeDefXsd.GMonth] = ["--12"],
        [DataTypeDefXsd.GMonthDay] = ["--02-29"],
        [DataTypeDefXsd.GYear] = ["2026"],
        [DataTypeDefXsd.GYearMonth] = ["2026-12"],
        [DataTypeDefXsd.HexBinary] = ["0fA1", ""],
        [DataTypeDefXsd.Int] = ["-2147483648", "42"],
        [DataTypeDefXsd.Integer] = ["123456789012345678901234567890"],
        [DataTypeDefXsd.Long] = ["9223372036854775807"],
        [DataTypeDefXsd.NegativeInteger] = ["-1"],
        [DataTypeDefXsd.NonNegativeInteger] = ["0"],
        [DataTypeDefXsd.NonPositiveInteger] = ["-5"],
        [DataTypeDefXsd.PositiveInteger] = ["7"],
        [DataTypeDefXsd.Short] = ["-32768"],
        [DataTypeDefXsd.String] = ["Microfactory GmbH", "Größe \"XL\" \u2013 \U0001F600 <tag>&", ""],
        [DataTypeDefXsd.Time] = ["23:59:59Z", "12:00:00.125"],
        [DataTypeDefXsd.UnsignedByte] = ["255"],
        [DataTypeDefXsd.UnsignedInt] = ["4294967295"],
        [DataTypeDefXsd.UnsignedLong] = ["18446744073709551615"],
        [DataTypeDefXsd.UnsignedShort] = ["65535"],
    };

    private static readonly string[] Languages = ["en", "de", "de-CH", "fr", "zh-Hant-TW", "es-419"];

    private readonly Random _random = new(seed);
    private int _next;

    public AasEnvironment Next()
    {
        var submodels = Enumerable.Range(0, 1 + _random.Next(3)).Select(_ => new Submodel($"urn:microfactory:sm:{_next++}", Elements(3))
        {
            IdShort = Name(),
            SemanticId = _random.Next(2) == 0 ? null : Reference.Global($"urn:semantic:{_next++}"),
            Description = Texts(),
        }).ToList();
        var shell = new AssetAdministrationShell($"urn:microfactory:aas:{_next++}",
            new AssetInformation((AssetKind)_random.Next(3), $"urn:microfactory:asset:{_next++}"),
            submodels.Select(s => Reference.ToSubmodel(s.Id)).ToList());
        return new AasEnvironment([shell], submodels, [new ConceptDescription($"urn:microfactory:cd:{_next++}") { Description = Texts() }]);
    }

    private List<SubmodelElement> Elements(int depth) =>
        Enumerable.Range(0, _random.Next(5)).Select(_ => Element(depth) with { IdShort = Name() }).ToList();

    private SubmodelElement Element(int depth)
    {
        var kind = _random.Next(depth > 0 ? 6 : 4);
        SubmodelElement element = kind switch
        {
            0 => Property(Pick(Enum.GetValues<DataTypeDefXsd>())),
            1 => new MultiLanguageProperty(Texts()) { ValueId = _random.Next(3) == 0 ? Reference.Global("urn:v") : null },
            2 => new FileElement(Pick(["application/pdf", "model/step", "text/plain; charset=utf-8"]), _random.Next(4) == 0 ? null : "/aasx/files/f.pdf"),
            3 => new ReferenceElement(_random.Next(2) == 0
                ? Reference.Global("https://microfactory.example/doc")
                : new Reference(ReferenceType.ModelReference, [new Key(KeyType.Submodel, "urn:microfactory:sm:0"), new Key(KeyType.SubmodelElementList, "L"), new Key(KeyType.Property, "0")])),
            4 => new SubmodelElementCollection(Elements(depth - 1)),
            _ => List(depth),
        };
        return element with
        {
            Description = Texts(),
            DisplayName = _random.Next(3) == 0 ? [new LangString("en", Name())] : [],
            SemanticId = _random.Next(3) == 0 ? Reference.Global($"0173-1#02-AAA{_next++:000}#001") : null,
        };
    }

    private SubmodelElementList List(int depth)
    {
        if (_random.Next(2) == 0)
        {
            var type = Pick(Enum.GetValues<DataTypeDefXsd>());
            return new SubmodelElementList(KeyType.Property, Enumerable.Range(0, _random.Next(4)).Select(_ => (SubmodelElement)Property(type)).ToList())
            {
                ValueTypeListElement = type,
                OrderRelevant = _random.Next(2) == 0,
            };
        }
        return new SubmodelElementList(KeyType.SubmodelElementCollection,
            Enumerable.Range(0, _random.Next(3)).Select(_ => (SubmodelElement)new SubmodelElementCollection(Elements(depth - 1))).ToList());
    }

    private Property Property(DataTypeDefXsd type) => new(type, _random.Next(5) == 0 ? null : Pick(Values[type]));

    private List<LangString> Texts() =>
        Languages.Where(_ => _random.Next(3) == 0).Select(l => new LangString(l, $"{l} text {_next++}")).ToList();

    private string Name() => $"{(char)('A' + _random.Next(26))}{_next++}";

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
