using System.Net;
using System.Net.Sockets;

namespace SupplierDD.Testing;

/// <summary>Ports for services a test runs on a real socket (Kestrel), so parallel test runs never collide on a fixed one.</summary>
public static class LoopbackPort
{
    /// <summary>
    /// A TCP port on 127.0.0.1 that was free a moment ago: the system hands one out for a listener on port 0, which is
    /// closed again at once. Another process could take it in between; the OS cycles through its range, so that is rare.
    /// </summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
