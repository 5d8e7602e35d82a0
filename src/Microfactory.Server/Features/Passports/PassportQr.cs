using QRCoder;

namespace Microfactory.Server.Features.Passports;

/// <summary>QR codes (QRCoder) that carry the absolute URL of a unit's public passport page.</summary>
internal static class PassportQr
{
    /// <summary>The page's absolute URL: the configured public base URL, else the request's own scheme and host.</summary>
    public static string PageUrl(PassportOptions options, HttpRequest request, string serial)
    {
        var origin = string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? $"{request.Scheme}://{request.Host}" : options.PublicBaseUrl.TrimEnd('/');
        return $"{origin}/p/{Uri.EscapeDataString(serial)}";
    }

    /// <summary>An SVG QR code of <paramref name="text"/>, error correction M (a label survives some wear), with the quiet zone.</summary>
    public static string Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(8);
    }
}
