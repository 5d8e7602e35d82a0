using System.Text.Json;
using Microfactory.Core.Orders;

namespace Microfactory.Cli.Commands.Orders;

/// <summary>Order statuses by their API names (<c>inProduction</c>); input also takes <c>in-production</c>, <c>in_production</c>, any case.</summary>
internal static class OrderStatusNames
{
    public static string Name(OrderStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    public static string Known => string.Join(", ", Enum.GetValues<OrderStatus>().Select(Name));

    public static bool TryParse(string text, out OrderStatus status)
    {
        var plain = text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return Enum.TryParse(plain, ignoreCase: true, out status) && Enum.IsDefined(status) && !plain.All(char.IsAsciiDigit);
    }
}
