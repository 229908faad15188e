using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SupplierDD.SupplierRegistry.Tests.Infrastructure;

namespace SupplierDD.SupplierRegistry.Tests.Api;

/// <summary>The snapshot pages other services rebuild their projections from.</summary>
public abstract class SnapshotsApiTests(RegistryFactory factory)
{
    readonly HttpClient client = factory.ClientAs("procurement");

    [Fact]
    public async Task Snapshots_PageThroughEverySupplierAndLink_InTheEventShape()
    {
        var poly = (await client.CreateSupplierAsync(ApiHelpers.Supplier(roles: ["Polysilicon"], region: "CN-XJ"))).Id();
        var wafer = (await client.CreateSupplierAsync(ApiHelpers.Supplier(roles: ["Wafer"]))).Id();
        await client.PostAsJsonAsync($"/api/suppliers/{poly}/facilities", new { name = "Plant", countryCode = "CN", regionCode = "CN-XJ" });
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/suppliers/{wafer}/upstream", new { upstreamSupplierId = poly, material = "Polysilicon" })).StatusCode);

        var seen = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await client.GetFromJsonAsync<JsonElement>($"/api/suppliers/snapshots?page={page}&pageSize=2");
            var items = body.GetProperty("items").EnumerateArray().ToList();
            seen.AddRange(items);
            // Stop at the total: a page past the data is a 400.
            if (page * 2 >= body.GetProperty("total").GetInt32()) break;
        }
        var snapshot = seen.Single(s => s.GetProperty("supplierId").GetGuid() == poly);
        Assert.True(snapshot.GetProperty("version").GetInt32() >= 2);
        Assert.Equal("CN-XJ", snapshot.GetProperty("facilities")[0].GetProperty("regionCode").GetString());
        Assert.Equal(seen.Count, seen.Select(s => s.GetProperty("supplierId").GetGuid()).Distinct().Count());

        var links = await client.GetFromJsonAsync<JsonElement>("/api/supply-links/snapshots?pageSize=1000");
        Assert.Contains(links.GetProperty("items").EnumerateArray(), l => l.GetProperty("upstreamSupplierId").GetGuid() == poly && l.GetProperty("downstreamSupplierId").GetGuid() == wafer);
    }

    [Fact]
    public async Task Snapshots_NeedAnInternalRole()
    {
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/suppliers/snapshots")).StatusCode);
        var supplier = factory.CreateClient();
        supplier.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.For("supplier", supplierId: Guid.NewGuid()));
        Assert.Equal(HttpStatusCode.Forbidden, (await supplier.GetAsync("/api/supply-links/snapshots")).StatusCode);
    }
}

public sealed class SqliteSnapshotsApiTests(SqliteRegistry factory) : SnapshotsApiTests(factory), IClassFixture<SqliteRegistry>;

public sealed class PostgresSnapshotsApiTests(PostgresRegistry factory) : SnapshotsApiTests(factory), IClassFixture<PostgresRegistry>;
