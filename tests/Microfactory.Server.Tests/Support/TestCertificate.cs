using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Microfactory.Server.Tests.Support;

/// <summary>
/// A self-signed TLS certificate for 127.0.0.1 and localhost, made at run time and written as PEM (certificate and key),
/// the way an operator hands one to Kestrel (<c>Kestrel:Endpoints:Https:Certificate:Path</c> / <c>KeyPath</c>). Clients
/// trust exactly this certificate (pinned by its SHA-256 hash) and still require the name to match.
/// </summary>
internal sealed class TestCertificate
{
    private static readonly Lazy<TestCertificate> Shared = new(() => new TestCertificate());

    private TestCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        Hash = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        var folder = Path.Combine(Path.GetTempPath(), "mf-tests", "tls-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        CertificatePath = Path.Combine(folder, "server.crt.pem");
        KeyPath = Path.Combine(folder, "server.key.pem");
        File.WriteAllText(CertificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(KeyPath, key.ExportPkcs8PrivateKeyPem());
    }

    public static TestCertificate Instance => Shared.Value;

    public string CertificatePath { get; }

    public string KeyPath { get; }

    /// <summary>The certificate's SHA-256 thumbprint.</summary>
    public string Hash { get; }

    /// <summary>The Kestrel settings of an HTTPS endpoint on a free port of 127.0.0.1 with this certificate, beside a plain-HTTP one.</summary>
    public string[] KestrelSettings() =>
    [
        "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:0",
        "--Kestrel:Endpoints:Https:Url=https://127.0.0.1:0",
        $"--Kestrel:Endpoints:Https:Certificate:Path={CertificatePath}",
        $"--Kestrel:Endpoints:Https:Certificate:KeyPath={KeyPath}",
    ];

    /// <summary>A handler that trusts this certificate only (its chain is its own; the host name must still match).</summary>
    public HttpClientHandler TrustingHandler() => new()
    {
        AllowAutoRedirect = false,
        ServerCertificateCustomValidationCallback = (_, presented, _, errors) =>
            errors is SslPolicyErrors.None or SslPolicyErrors.RemoteCertificateChainErrors
            && presented is not null
            && string.Equals(presented.GetCertHashString(HashAlgorithmName.SHA256), Hash, StringComparison.OrdinalIgnoreCase),
    };
}
