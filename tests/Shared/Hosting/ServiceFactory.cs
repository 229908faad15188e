using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SupplierDD.ServiceDefaults.Database;

namespace SupplierDD.Testing;

/// <summary>How a service under test sends and receives its events.</summary>
public enum TestTransport
{
    /// <summary>The service has no messaging (the Web app): no Messaging settings.</summary>
    None,
    /// <summary>MassTransit's in-memory bus: the service alone, no broker.</summary>
    InMemory,
    /// <summary>The test RabbitMQ node (<see cref="TestEnvironment.RabbitMq"/>), on <see cref="ServiceFactory{TProgram}.VirtualHost"/> if set.</summary>
    RabbitMq,
}

/// <summary>
/// One service of ours under test, configured the way every test host needs it: Development environment, the
/// development signing key (so <see cref="TestTokens"/> are accepted), a real database of its own (a fresh SQLite file
/// in <see cref="Folder"/>, a fresh PostgreSQL database, or one the caller owns) and its transport.
/// <para>
/// Used two ways: as an xunit fixture in memory (<see cref="InitializeAsync"/> creates the PostgreSQL database), or on a
/// real loopback port (<see cref="StartOnLoopback"/> in the subclass's constructor) for tests where another service or a
/// browser calls it over HTTP. Subclasses add the service's own settings in <see cref="ConfigureService"/>; a test class
/// adds its own through <see cref="ExtraSettings"/>, applied last.
/// </para>
/// </summary>
public abstract class ServiceFactory<TProgram> : WebApplicationFactory<TProgram>, IAsyncLifetime where TProgram : class
{
    readonly string name;
    readonly string connectionName;
    readonly bool ownsFolder;
    PostgresDatabase? database;
    bool cleanedUp;

    /// <param name="name">Short service name: the SQLite file, the PostgreSQL database prefix and the temp folder are named after it.</param>
    /// <param name="connectionName">The service's connection string name (<c>ConnectionStrings:{connectionName}</c>).</param>
    /// <param name="provider">SQLite (a file in <see cref="Folder"/>) or PostgreSQL (a fresh database, created by <see cref="InitializeAsync"/>).</param>
    /// <param name="transport">The service's transport.</param>
    /// <param name="folder">A folder the caller owns (and deletes); by default a fresh temp folder this host deletes.</param>
    protected ServiceFactory(string name, string connectionName, DatabaseProvider provider, TestTransport transport, string? folder = null)
    {
        this.name = name;
        this.connectionName = connectionName;
        Provider = provider;
        Transport = transport;
        ownsFolder = folder is null;
        Folder = folder ?? Path.Combine(Path.GetTempPath(), "supplierdd-tests", $"{name}-{Guid.NewGuid():N}");
        if (provider == DatabaseProvider.Sqlite) ConnectionString = $"Data Source={Path.Combine(Folder, name + ".db")}";
    }

    public DatabaseProvider Provider { get; }
    public TestTransport Transport { get; }
    /// <summary>The service's database. A subclass may point it at a database the caller owns before the host starts.</summary>
    public string ConnectionString { get; protected set; } = "";
    /// <summary>Files of this host: the SQLite database, uploads, mail.</summary>
    public string Folder { get; }
    /// <summary>The RabbitMQ virtual host, when the transport is <see cref="TestTransport.RabbitMq"/>; null for the node's default.</summary>
    protected string? VirtualHost { get; init; }

    /// <summary>Set by <see cref="StartOnLoopback"/>: the port the service listens on.</summary>
    public int Port { get; private set; }
    /// <summary>Set by <see cref="StartOnLoopback"/>: <c>http://127.0.0.1:{Port}</c>; empty for a host in memory.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Extra settings a test class needs (applied last).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> ExtraSettings => [];

    /// <summary>Creates the folder and, on PostgreSQL, a fresh database unless the caller gave one.</summary>
    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        if (Provider == DatabaseProvider.Postgres && ConnectionString.Length == 0)
        {
            database = await PostgresDatabase.CreateAsync(name);
            ConnectionString = database.ConnectionString;
        }
    }

    /// <summary>Starts the service on a free loopback port (Kestrel) at once; for hosts on SQLite or on a database the caller owns.</summary>
    protected void StartOnLoopback()
    {
        if (ConnectionString.Length == 0) throw new InvalidOperationException("Set ConnectionString (or use SQLite) before starting the host on a port.");
        Directory.CreateDirectory(Folder);
        Port = LoopbackPort.Free();
        BaseUrl = $"http://127.0.0.1:{Port}";
        UseKestrel(Port);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        if (BaseUrl.Length > 0) builder.UseSetting("urls", BaseUrl);
        builder.UseSetting("Auth:SigningKey", TestEnvironment.DevSigningKey);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting($"ConnectionStrings:{connectionName}", ConnectionString);
        switch (Transport)
        {
            case TestTransport.InMemory:
                builder.UseSetting("Messaging:Transport", "InMemory");
                break;
            case TestTransport.RabbitMq:
                var uri = TestEnvironment.RabbitMq;
                var credentials = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
                builder.UseSetting("Messaging:Transport", "RabbitMq");
                builder.UseSetting("Messaging:RabbitMq:Host", uri.Host);
                builder.UseSetting("Messaging:RabbitMq:Port", uri.Port.ToString());
                builder.UseSetting("Messaging:RabbitMq:Username", credentials[0]);
                builder.UseSetting("Messaging:RabbitMq:Password", credentials.ElementAtOrDefault(1) ?? "");
                if (VirtualHost is not null) builder.UseSetting("Messaging:RabbitMq:VirtualHost", VirtualHost);
                break;
        }
        ConfigureService(builder);
        foreach (var (key, value) in ExtraSettings) builder.UseSetting(key, value);
    }

    /// <summary>The service's own settings and test services (file folders, fake clocks, fakes of other services).</summary>
    protected virtual void ConfigureService(IWebHostBuilder builder) { }

    /// <summary>A client with a bearer token for <paramref name="role"/> (<see cref="TestTokens"/>); over the socket when started on a port.</summary>
    public HttpClient ClientAs(string role, string? subject = null)
    {
        var client = BaseUrl.Length == 0 ? CreateClient() : new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.For(role, subject));
        return client;
    }

    /// <summary>Stops the service, then drops its PostgreSQL database and deletes its folder (once, however often it is called).</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (cleanedUp) return;
        cleanedUp = true;
        if (database is not null) await database.DisposeAsync();
        if (ownsFolder)
            try { Directory.Delete(Folder, recursive: true); }
            catch (DirectoryNotFoundException) { }
            catch (IOException) { /* SQLite may still hold the file on a slow shutdown */ }
            catch (UnauthorizedAccessException) { }
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
