using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupplierDD.SupplierRegistry.Tests.Infrastructure;

public static class ApiHelpers
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static object Supplier(string? name = null, string country = "CN", string? region = "CN-JS", string? uscc = null, string[]? roles = null,
        string[]? aliases = null, string? localName = null) => new
    {
        name = name ?? TestData.NewName(),
        localName,
        aliases = aliases ?? [],
        registrationId = country == "CN" ? new { scheme = (string?)null, value = uscc ?? TestData.NewUscc() } : new { scheme = (string?)"DE-HRB", value = (string)TestData.Unique() },
        countryCode = country,
        regionCode = region,
        roles = roles ?? ["Polysilicon"],
        contactEmail = "compliance@example.com",
    };

    public static async Task<JsonElement> CreateSupplierAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/suppliers", body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"expected 201, got {(int)response.StatusCode}: {json}");
        return json;
    }

    public static Guid Id(this JsonElement details) => details.GetProperty("supplier").GetProperty("id").GetGuid();

    /// <summary>The supplier's current version, as its ETag says.</summary>
    public static async Task<int> VersionAsync(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/suppliers/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return int.Parse(response.Headers.ETag!.Tag.Trim('"'));
    }

    /// <summary>Sends <paramref name="body"/> as JSON with If-Match: the version the caller read (none when null).</summary>
    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, object? body, int? ifMatch)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is { } version) request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        return client.SendAsync(request);
    }

    public static async Task<JsonElement> ReadJson(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task AssertProblem(this HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.MediaType ?? "");
        if (field is not null)
        {
            using var doc = JsonDocument.Parse(body);
            Assert.True(doc.RootElement.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _),
                $"expected an error for field '{field}': {body}");
        }
    }
}
