using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Hosting;

namespace SupplierDD.ServiceDefaults.Tests;

public sealed class HostingTests
{
    public sealed record Order(string Name, DayOfWeek Day, int Quantity);

    static async Task<WebApplication> StartAsync(string environment = "Development", string? key = "a-test-signing-key-that-is-long-enough-0123456789")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        if (key is not null) builder.Configuration["Auth:SigningKey"] = key;
        builder.Configuration["Auth:Audience"] = "supplierdd-registry";
        builder.AddServiceDefaults();
        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapGet("/boom", string () => throw new InvalidOperationException("secret internals"));
        app.MapPost("/orders", (Order order) => TypedResults.Ok(order));
        app.MapGet("/private", () => "hi").RequireAuthorization(Policies.Internal);
        app.MapGet("/days", (DayOfWeek? day, int? page) => TypedResults.Ok(new { day, page }));
        await app.StartAsync();
        return app;
    }

    [Fact]
    public async Task UnhandledException_IsProblemWithTraceId_AndNoInternals()
    {
        await using var app = await StartAsync();
        var response = await app.GetTestClient().GetAsync("/boom");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret internals", body);
        Assert.DoesNotContain("   at ", body);
        Assert.True(JsonDocument.Parse(body).RootElement.TryGetProperty("traceId", out _));
    }

    [Theory]
    [InlineData("{\"name\": \"x\", \"day\": \"Caturday\", \"quantity\": 1}", "day")]
    [InlineData("{\"name\": \"x\", \"day\": \"Monday\", \"quantity\": \"many\"}", "quantity")]
    [InlineData("{\"name\": ", "body")]
    public async Task BadJson_IsBadRequestNamingTheField(string json, string field)
    {
        await using var app = await StartAsync();
        var response = await app.GetTestClient().PostAsync("/orders", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("/days?day=Caturday", "day")]
    [InlineData("/days?page=two", "page")]
    public async Task BadQueryValue_IsBadRequestNamingTheParameter(string url, string field)
    {
        await using var app = await StartAsync();
        var response = await app.GetTestClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task HealthOpenApiAndAuth_AreWired()
    {
        await using var app = await StartAsync();
        var client = app.GetTestClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"Bearer\"", openApi);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar/v1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/private")).StatusCode);
    }

    [Fact]
    public async Task OutsideDevelopment_WithoutSigningKey_RefusesToStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync("Production", key: null));
        Assert.Contains("Auth:SigningKey", error.Message);
        await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync("Production", key: "too-short"));
    }
}
