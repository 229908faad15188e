using Microsoft.AspNetCore.Hosting;
using SupplierDD.ServiceDefaults.Database;

namespace SupplierDD.EndToEnd.Tests.Infrastructure;

/// <summary>One service on a loopback port of its own (Kestrel), on a PostgreSQL database and RabbitMQ virtual host <see cref="Stack"/> owns, with the settings given.</summary>
public sealed class ServiceHost<TProgram> : ServiceFactory<TProgram> where TProgram : class
{
    readonly IReadOnlyDictionary<string, string> settings;

    public ServiceHost(string name, string connectionName, string connectionString, string virtualHost, IReadOnlyDictionary<string, string> settings)
        : base(name, connectionName, DatabaseProvider.Postgres, TestTransport.RabbitMq)
    {
        this.settings = settings;
        ConnectionString = connectionString;
        VirtualHost = virtualHost;
        StartOnLoopback();
    }

    protected override void ConfigureService(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
