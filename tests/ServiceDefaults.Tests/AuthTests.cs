using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Hosting;

namespace SupplierDD.ServiceDefaults.Tests;

public sealed class AuthTests
{
    const string RiskIdentityKey = "a-risk-scoring-identity-key-for-these-tests-0123456789";

    static async Task<WebApplication> StartAsync(string environment, IDictionary<string, string?> settings, Action<WebApplication>? map = null, bool identity = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        foreach (var (k, v) in settings) builder.Configuration[k] = v;
        builder.AddServiceDefaults();
        if (identity) builder.AddServiceIdentity();
        var app = builder.Build();
        app.UseServiceDefaults();
        map?.Invoke(app);
        await app.StartAsync();
        return app;
    }

    static Dictionary<string, string?> Service(string audience, string key = TestEnvironment.DevSigningKey) => new()
    {
        ["Auth:SigningKey"] = key,
        ["Auth:Audience"] = audience,
    };

    static HttpClient Bearer(WebApplication app, string token)
    {
        var client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task OutsideDevelopment_PublishedDevelopmentKey_RefusesToStart_NamingTheSetting(string environment)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(environment, Service(Audiences.SupplierRegistry)));
        Assert.Contains("Auth:SigningKey is a development key", error.Message);

        var identity = Service(Audiences.RiskScoring, new string('k', 48));
        identity["Auth:Identity:Name"] = "risk-scoring";
        identity["Auth:Identity:SigningKey"] = "supplierdd-development-risk-scoring-identity-key-not-for-production";
        error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(environment, identity, identity: true));
        Assert.Contains("Auth:Identity:SigningKey is a development key", error.Message);
    }

    [Fact]
    public async Task KeyUnder32Bytes_RefusesToStart_NamingTheSetting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync("Production", Service(Audiences.SupplierRegistry, new string('k', 31))));
        Assert.Contains("Auth:SigningKey must be at least 32 bytes", error.Message);
    }

    [Fact]
    public async Task InDevelopment_TheDevelopmentKeyWorks()
    {
        await using var app = await StartAsync("Development", Service(Audiences.SupplierRegistry));
        Assert.Equal(HttpStatusCode.OK, (await app.GetTestClient().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task ExampleSecrets_FailTheCheckUntilReplaced()
    {
        var root = RepositoryRoot();
        var example = await File.ReadAllTextAsync(Path.Combine(root, "infra", "k8s", "secret.example.yaml"));
        var keys = Regex.Matches(example, @"^\s*[a-z-]*signing-key:\s*""([^""]*)""", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(keys);
        var validator = new AuthOptionsValidator(new Env("Production"));
        Assert.All(keys, key => Assert.True(validator.Validate(null, new AuthOptions { SigningKey = key, Audience = "x" }).Failed, key));

        // docker-compose takes every key from an environment variable with no default: it does not start without one.
        var compose = await File.ReadAllTextAsync(Path.Combine(root, "docker-compose.yml"));
        var composeKeys = Regex.Matches(compose, @"^\s*Auth__\S*SigningKey:\s*(.*)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.NotEmpty(composeKeys);
        Assert.All(composeKeys, value => Assert.Matches(@"^\$\{[A-Z_]+:\?[^}]*\}$", value));
    }

    [Fact]
    public async Task TokenForAnotherService_IsRefused()
    {
        await using var risk = await StartAsync("Development", Service(Audiences.RiskScoring), app => app.MapGet("/private", () => "hi").RequireAuthorization(Policies.Internal));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(risk, TestTokens.For("admin", audiences: Audiences.SupplierRegistry)).GetAsync("/private")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(risk, TestTokens.For("admin", audiences: Audiences.RiskScoring)).GetAsync("/private")).StatusCode);
    }

    [Fact]
    public async Task ServiceIdentity_ReadsSnapshotsOnly_AndItsKeyCannotMintAUser()
    {
        var registrySettings = Service(Audiences.SupplierRegistry);
        registrySettings["Auth:ServiceIdentities:risk-scoring:SigningKey"] = RiskIdentityKey;
        await using var registry = await StartAsync("Development", registrySettings, app =>
        {
            app.MapGet("/api/suppliers/snapshots", () => "snapshots").RequireAuthorization(Policies.InternalOrService);
            app.MapGet("/api/suppliers", () => "suppliers").RequireAuthorization(Policies.Internal);
        });
        var riskSettings = Service(Audiences.RiskScoring);
        riskSettings["Auth:Identity:Name"] = "risk-scoring";
        riskSettings["Auth:Identity:SigningKey"] = RiskIdentityKey;
        await using var risk = await StartAsync("Development", riskSettings, identity: true);
        var riskToken = risk.Services.GetRequiredService<ServiceIdentityMinter>().Mint(Audiences.SupplierRegistry, TimeSpan.FromMinutes(5));

        Assert.Equal(HttpStatusCode.OK, (await Bearer(registry, riskToken).GetAsync("/api/suppliers/snapshots")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Bearer(registry, riskToken).GetAsync("/api/suppliers")).StatusCode);
        // Users still read snapshots; the risk key cannot sign a user's token, and the shared key still can.
        Assert.Equal(HttpStatusCode.OK, (await Bearer(registry, TestTokens.For("procurement")).GetAsync("/api/suppliers/snapshots")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(registry, TestTokens.For("admin", key: RiskIdentityKey)).GetAsync("/api/suppliers")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(registry, TestTokens.For("admin", key: RiskIdentityKey)).GetAsync("/api/suppliers/snapshots")).StatusCode);
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "docker-compose.yml"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root not found above " + AppContext.BaseDirectory);
    }

    sealed class Env(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
