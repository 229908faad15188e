using System.Net.Http.Json;
using System.Text.Json;

namespace SupplierDD.RiskScoring.Tests.Infrastructure;

/// <summary>Decisions as a client sends them: with the version it last read in If-Match.</summary>
public static class Versioned
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }

    /// <summary>The ETag of a supplier's risk, as the GET returns it.</summary>
    public static async Task<string> RiskETagAsync(RiskFactory factory, Guid supplierId)
    {
        var response = await factory.ClientAs("risk-analyst").GetAsync($"/api/suppliers/{supplierId}/risk");
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag!.Tag;
    }

    /// <summary>A hit's version as the supplier's screening list gives it, as an ETag.</summary>
    public static async Task<string> HitETagAsync(RiskFactory factory, Guid supplierId, Guid hitId)
    {
        var hits = await factory.ClientAs("risk-analyst").GetFromJsonAsync<JsonElement>($"/api/suppliers/{supplierId}/screening");
        var hit = hits.EnumerateArray().Single(h => h.GetProperty("id").GetGuid() == hitId);
        return $"\"{hit.GetProperty("version").GetInt32()}\"";
    }
}
