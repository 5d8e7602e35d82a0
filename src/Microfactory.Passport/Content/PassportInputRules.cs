using System.Text.RegularExpressions;
using Microfactory.Passport.Validation;

namespace Microfactory.Passport.Content;

/// <summary>Checks of the passport inputs before anything is built; each problem names the input field (C# property path) and
/// the rule. Bounds every list and text, so a passport is never larger than the limits allow.</summary>
internal static partial class PassportInputRules
{
    public const int SerialMaxLength = 64;
    public const int FileNameMaxLength = 100;
    private const int ShortTextMaxLength = 255;

    public static void CheckType(List<Violation> v, string path, ProductTypePassport type)
    {
        Id(v, $"{path}TemplateId", type.TemplateId);
        Id(v, $"{path}TemplateVersion", type.TemplateVersion);
        Text(v, $"{path}ProductName", type.ProductName, ProductTypePassport.TextMaxLength);
        if (!LanguageTag.IsWellFormed(type.Language))
        {
            v.Add(new($"{path}Language", "languageTag", $"'{type.Language}' is not a BCP 47 language tag such as en or de-CH."));
        }
        OptionalText(v, $"{path}OrderCode", type.OrderCode, ShortTextMaxLength);
        OptionalText(v, $"{path}ProductFamily", type.ProductFamily, ProductTypePassport.TextMaxLength);
        var m = type.Manufacturer;
        Text(v, $"{path}Manufacturer.Name", m.Name, ProductTypePassport.TextMaxLength);
        Text(v, $"{path}Manufacturer.Address.Street", m.Address.Street, ShortTextMaxLength);
        Text(v, $"{path}Manufacturer.Address.Zipcode", m.Address.Zipcode, ShortTextMaxLength);
        Text(v, $"{path}Manufacturer.Address.CityTown", m.Address.CityTown, ShortTextMaxLength);
        Country(v, $"{path}Manufacturer.Address.NationalCode", m.Address.NationalCode);
        if (m.CountryOfOrigin is { } country)
        {
            Country(v, $"{path}Manufacturer.CountryOfOrigin", country);
        }
        OptionalText(v, $"{path}Manufacturer.FacilityId", m.FacilityId, ShortTextMaxLength);

        Count(v, $"{path}Materials", type.Materials.Count, 1);
        for (var i = 0; i < Math.Min(type.Materials.Count, ProductTypePassport.ListMaxCount); i++)
        {
            var p = $"{path}Materials[{i}]";
            var mat = type.Materials[i];
            Text(v, $"{p}.Name", mat.Name, ProductTypePassport.TextMaxLength);
            OptionalText(v, $"{p}.MaterialId", mat.MaterialId, ShortTextMaxLength);
            OptionalText(v, $"{p}.Category", mat.Category, ShortTextMaxLength);
            if (mat.MassKg < 0)
            {
                v.Add(new($"{p}.MassKg", "nonNegative", $"The mass is {mat.MassKg} kg; it must be at least 0."));
            }
            Percent(v, $"{p}.RecycledContentPercent", mat.RecycledContentPercent);
            Percent(v, $"{p}.RecyclablePercent", mat.RecyclablePercent);
        }

        Count(v, $"{path}DisassemblySteps", type.DisassemblySteps.Count, 0);
        for (var i = 0; i < Math.Min(type.DisassemblySteps.Count, ProductTypePassport.ListMaxCount); i++)
        {
            var p = $"{path}DisassemblySteps[{i}]";
            var step = type.DisassemblySteps[i];
            Text(v, $"{p}.Instruction", step.Instruction, ProductTypePassport.TextMaxLength);
            OptionalText(v, $"{p}.Tool", step.Tool, ShortTextMaxLength);
            if (step.DurationSeconds < 0)
            {
                v.Add(new($"{p}.DurationSeconds", "nonNegative", $"The duration is {step.DurationSeconds} s; it must be at least 0."));
            }
            Count(v, $"{p}.Releases", step.Releases.Count, 0);
            for (var r = 0; r < Math.Min(step.Releases.Count, ProductTypePassport.ListMaxCount); r++)
            {
                Text(v, $"{p}.Releases[{r}]", step.Releases[r], ShortTextMaxLength);
            }
        }

        if (type.EstimatedFootprint is { } estimate)
        {
            CheckFootprint(v, $"{path}EstimatedFootprint", estimate);
        }

        Count(v, $"{path}DesignFiles", type.DesignFiles.Count, 0);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Math.Min(type.DesignFiles.Count, ProductTypePassport.ListMaxCount); i++)
        {
            var p = $"{path}DesignFiles[{i}]";
            var file = type.DesignFiles[i];
            if (file.FileName.Length > FileNameMaxLength || !FileNamePattern().IsMatch(file.FileName))
            {
                v.Add(new($"{p}.FileName", "fileName", $"'{Clip(file.FileName)}' is not a file name: 1 to {FileNameMaxLength} letters, digits, '.', '-' or '_', starting with a letter or digit."));
            }
            else if (!names.Add(file.FileName))
            {
                v.Add(new($"{p}.FileName", "unique", $"'{file.FileName}' appears twice; file names are unique in a package (case-insensitively)."));
            }
            if (file.ContentType.Length > 100 || !ContentTypePattern().IsMatch(file.ContentType))
            {
                v.Add(new($"{p}.ContentType", "contentType", $"'{Clip(file.ContentType)}' is not a MIME type such as image/svg+xml."));
            }
            if (!Enum.IsDefined(file.Kind))
            {
                v.Add(new($"{p}.Kind", "enum", $"{(int)file.Kind} is not a design file kind."));
            }
            Text(v, $"{p}.Title", file.Title, ProductTypePassport.TextMaxLength);
            OptionalText(v, $"{p}.Description", file.Description, ProductTypePassport.TextMaxLength);
        }
    }

    public static void CheckUnit(List<Violation> v, UnitPassport unit)
    {
        CheckType(v, "Type.", unit.Type);
        if (unit.SerialNumber.Length > SerialMaxLength || !SerialPattern().IsMatch(unit.SerialNumber))
        {
            v.Add(new("SerialNumber", "serial", $"'{Clip(unit.SerialNumber)}' is not a serial number: 1 to {SerialMaxLength} letters, digits, '-', '_' or '.', starting with a letter or digit."));
        }
        if (unit.ActualFootprint is { } actual)
        {
            CheckFootprint(v, "ActualFootprint", actual);
        }
        Count(v, "Operations", unit.Operations.Count, 0);
        for (var i = 0; i < Math.Min(unit.Operations.Count, ProductTypePassport.ListMaxCount); i++)
        {
            var p = $"Operations[{i}]";
            var op = unit.Operations[i];
            Text(v, $"{p}.OperationId", op.OperationId, ShortTextMaxLength);
            Text(v, $"{p}.Name", op.Name, ProductTypePassport.TextMaxLength);
            Text(v, $"{p}.MachineId", op.MachineId, ShortTextMaxLength);
            OptionalText(v, $"{p}.MachineName", op.MachineName, ProductTypePassport.TextMaxLength);
            if (op.EndedAt < op.StartedAt)
            {
                v.Add(new($"{p}.EndedAt", "order", "The operation ends before it starts."));
            }
            if (op.GoodCount < 0)
            {
                v.Add(new($"{p}.GoodCount", "nonNegative", $"The good count is {op.GoodCount}; it must be at least 0."));
            }
            if (op.ScrapCount < 0)
            {
                v.Add(new($"{p}.ScrapCount", "nonNegative", $"The scrap count is {op.ScrapCount}; it must be at least 0."));
            }
            if (op.EnergyKwh < 0)
            {
                v.Add(new($"{p}.EnergyKwh", "nonNegative", $"The energy is {op.EnergyKwh} kWh; it must be at least 0."));
            }
        }
    }

    private static void CheckFootprint(List<Violation> v, string path, FootprintSummary f)
    {
        if (f.PcfKgCo2e < 0)
        {
            v.Add(new($"{path}.PcfKgCo2e", "nonNegative", $"The footprint is {f.PcfKgCo2e} kg CO2e; it must be at least 0."));
        }
        Text(v, $"{path}.ReferenceUnit", f.ReferenceUnit, ShortTextMaxLength);
        if (!double.IsFinite(f.QuantityOfMeasure) || f.QuantityOfMeasure <= 0)
        {
            v.Add(new($"{path}.QuantityOfMeasure", "positive", $"The quantity is {f.QuantityOfMeasure}; it must be a finite number greater than 0."));
        }
        Count(v, $"{path}.CalculationMethods", f.CalculationMethods.Count, 1);
        for (var i = 0; i < Math.Min(f.CalculationMethods.Count, ProductTypePassport.ListMaxCount); i++)
        {
            Text(v, $"{path}.CalculationMethods[{i}]", f.CalculationMethods[i], ShortTextMaxLength);
        }
        Count(v, $"{path}.LifeCyclePhases", f.LifeCyclePhases.Count, 1);
        for (var i = 0; i < Math.Min(f.LifeCyclePhases.Count, ProductTypePassport.ListMaxCount); i++)
        {
            Text(v, $"{path}.LifeCyclePhases[{i}]", f.LifeCyclePhases[i], ShortTextMaxLength);
        }
        if (f.ExpiresAt < f.PublishedAt)
        {
            v.Add(new($"{path}.ExpiresAt", "order", "The footprint expires before it is published."));
        }
    }

    private static void Id(List<Violation> v, string path, string value)
    {
        if (value.Length is 0 or > ShortTextMaxLength || !SerialPattern().IsMatch(value))
        {
            v.Add(new(path, "id", $"'{Clip(value)}' is not an id: 1 to {ShortTextMaxLength} letters, digits, '-', '_' or '.', starting with a letter or digit."));
        }
    }

    private static void Text(List<Violation> v, string path, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            v.Add(new(path, "required", "The text is empty."));
        }
        else if (value.Length > maxLength)
        {
            v.Add(new(path, "maxLength", $"The text has {value.Length} characters; at most {maxLength} are allowed."));
        }
        else if (!XsdValues.IsXmlText(value))
        {
            v.Add(new(path, "xmlText", "The text holds a control character or a lone surrogate."));
        }
    }

    private static void OptionalText(List<Violation> v, string path, string? value, int maxLength)
    {
        if (value is not null)
        {
            Text(v, path, value, maxLength);
        }
    }

    private static void Country(List<Violation> v, string path, string code)
    {
        if (code.Length != 2 || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1]))
        {
            v.Add(new(path, "iso3166", $"'{Clip(code)}' is not an ISO 3166-1 alpha-2 country code such as DE."));
        }
    }

    private static void Percent(List<Violation> v, string path, decimal value)
    {
        if (value is < 0 or > 100)
        {
            v.Add(new(path, "percent", $"The share is {value} %; it must be between 0 and 100."));
        }
    }

    private static void Count(List<Violation> v, string path, int count, int min)
    {
        if (count < min)
        {
            v.Add(new(path, "minCount", $"The list has {count} entries; at least {min} are needed."));
        }
        else if (count > ProductTypePassport.ListMaxCount)
        {
            v.Add(new(path, "maxCount", $"The list has {count} entries; at most {ProductTypePassport.ListMaxCount} are allowed."));
        }
    }

    private static string Clip(string value) => value.Length <= 64 ? value : value[..64] + "…";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SerialPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentTypePattern();
}
