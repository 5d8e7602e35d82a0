using System.Net;
using System.Net.Sockets;

namespace Microfactory.Telemetry.Benchmarks;

internal static class Ports
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
