using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SupplierDD.EndToEnd.Tests.Infrastructure;

/// <summary>One service on a loopback port of its own (Kestrel), on PostgreSQL and RabbitMQ, with the settings given.</summary>
public sealed class ServiceHost<TProgram> : WebApplicationFactory<TProgram> where TProgram : class
{
    readonly IReadOnlyDictionary<string, string> settings;

    public ServiceHost(IReadOnlyDictionary<string, string> settings)
    {
        this.settings = settings;
        Port = FreePort();
        BaseUrl = $"http://127.0.0.1:{Port}";
        UseKestrel(Port);
        StartServer();
    }

    public int Port { get; }
    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("urls", BaseUrl);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    public HttpClient ClientAs(string role)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.For(role));
        return client;
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
