extern alias Risk;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Risk::SupplierDD.RiskScoring.Data;
using Risk::SupplierDD.RiskScoring.Projection;
using SupplierDD.EndToEnd.Tests.Infrastructure;

namespace SupplierDD.EndToEnd.Tests;

/// <summary>
/// The projection rebuild, reading the real registry's snapshot pages, while users add and remove supply links and the
/// events flow over RabbitMQ: when all is done, risk scoring holds exactly the registry's links.
/// </summary>
public sealed class RebuildUnderLoadTests(Stack stack) : IClassFixture<Stack>
{
    [Fact]
    public async Task RebuildsWhileLinksAreAddedAndRemoved_RiskHoldsExactlyTheRegistrysLinks()
    {
        var registry = stack.Registry.ClientAs("procurement");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var ups = new List<Guid>();
        var downs = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            var role = i < 6 ? "Polysilicon" : "Wafer";
            var response = await registry.PostAsJsonAsync("/api/suppliers", new { name = $"Churn {role} {i} {tag} Co., Ltd.", countryCode = "CN", regionCode = "CN-JS", roles = new[] { role } });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            (i < 6 ? ups : downs).Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("supplier").GetProperty("id").GetGuid());
        }
        foreach (var down in downs)
            foreach (var up in ups)
                Assert.Equal(HttpStatusCode.Created, (await AddAsync(registry, down, up, "Polysilicon")).StatusCode);
        var ours = ups.Concat(downs).ToHashSet();
        await WaitAsync(async () => (await RiskLinksAsync(ours)).Count == 36, "the 36 links projected from their events");

        // Users change links while rebuilds run, one after the other, until they are done.
        var churn = Task.Run(async () =>
        {
            for (var i = 0; i < 12; i++)
            {
                var (down, up) = (downs[i % 6], ups[(i * 5) % 6]);
                // The second round meets pairs the first changed: gone already (404) or added already (200).
                Assert.Contains((await RemoveAsync(registry, down, up)).StatusCode, new[] { HttpStatusCode.NoContent, HttpStatusCode.NotFound });
                Assert.Contains((await AddAsync(registry, down, ups[(i + 1) % 6], "Wafer")).StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK });
                if (i % 2 == 0) Assert.Contains((await AddAsync(registry, down, up, "Polysilicon")).StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK });
                await Task.Delay(20);
            }
        });
        var rebuild = stack.Risk.Services.GetRequiredService<ProjectionRebuild>();
        var runs = 0;
        while (!churn.IsCompleted)
        {
            if ((await rebuild.RunAsync(CancellationToken.None)).Ran) runs++;
        }
        await churn;
        Assert.True(runs > 0);

        var expected = await RegistryLinksAsync(ours);
        await WaitAsync(async () => (await RiskLinksAsync(ours)).SetEquals(expected), "risk scoring's live links equal the registry's");
        // And a rebuild after the dust settled changes nothing.
        await rebuild.RunAsync(CancellationToken.None);
        Assert.Equal(expected.Order(), (await RiskLinksAsync(ours)).Order());
    }

    /// <summary>Removes the links as a user would: with the supplier's current ETag (the registry refuses a removal without one).</summary>
    static async Task<HttpResponseMessage> RemoveAsync(HttpClient registry, Guid down, Guid up)
    {
        var current = await registry.GetAsync($"/api/suppliers/{down}");
        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/suppliers/{down}/upstream/{up}");
        request.Headers.IfMatch.Add(current.Headers.ETag!);
        return await registry.SendAsync(request);
    }

    static Task<HttpResponseMessage> AddAsync(HttpClient registry, Guid down, Guid up, string material) =>
        registry.PostAsJsonAsync($"/api/suppliers/{down}/upstream", new { upstreamSupplierId = up, material });

    async Task<HashSet<Guid>> RegistryLinksAsync(HashSet<Guid> suppliers)
    {
        var page = await stack.Registry.ClientAs("risk-analyst").GetFromJsonAsync<JsonElement>("/api/supply-links/snapshots?pageSize=1000");
        return page.GetProperty("items").EnumerateArray()
            .Where(l => suppliers.Contains(l.GetProperty("downstreamSupplierId").GetGuid()))
            .Select(l => l.GetProperty("linkId").GetGuid()).ToHashSet();
    }

    async Task<HashSet<Guid>> RiskLinksAsync(HashSet<Guid> suppliers)
    {
        await using var scope = stack.Risk.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
        var ids = suppliers.ToList();
        return (await db.Links.Where(l => !l.Removed && ids.Contains(l.DownstreamId)).Select(l => l.Id).ToListAsync()).ToHashSet();
    }

    static async Task WaitAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for: {what}");
            await Task.Delay(200);
        }
    }
}
