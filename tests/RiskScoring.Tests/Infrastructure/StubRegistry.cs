using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupplierDD.Contracts.SupplierRegistry;
using SupplierDD.RiskScoring.Projection;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.ServiceDefaults.Hosting;

namespace SupplierDD.RiskScoring.Tests.Infrastructure;

/// <summary>
/// The registry's snapshot routes in memory, answering like the real ones (by key with <c>after</c>, by offset with a
/// page) and letting a test change the registry between and around pages, as users do while a rebuild runs.
/// </summary>
public sealed class StubRegistry : IRegistrySnapshots
{
    readonly object gate = new();
    readonly SortedDictionary<Guid, SupplierSnapshot> suppliers = new();
    readonly SortedDictionary<Guid, LinkSnapshot> links = new();

    /// <summary>Runs before a links page is read (the page number, from 1).</summary>
    public Func<int, Task>? BeforeLinksPage { get; set; }
    /// <summary>Runs after a links page was read, with what it returned, before the rebuild applies it.</summary>
    public Func<IReadOnlyList<LinkSnapshot>, Task>? AfterLinksPage { get; set; }
    /// <summary>Runs before a suppliers page is read.</summary>
    public Func<Task>? BeforeSuppliersPage { get; set; }
    int linkPages;

    public void Put(SupplierSnapshot s) { lock (gate) suppliers[s.SupplierId] = s; }
    public void Put(LinkSnapshot l) { lock (gate) links[l.LinkId] = l; }
    public bool Delete(Guid linkId) { lock (gate) return links.Remove(linkId); }
    public IReadOnlyList<LinkSnapshot> Links() { lock (gate) return links.Values.ToList(); }

    public async Task<PagedList<SupplierSnapshot>> SuppliersAsync(Guid? after, int pageSize, CancellationToken ct = default)
    {
        if (BeforeSuppliersPage is { } before) await before();
        lock (gate) return Page(suppliers, after, pageSize);
    }

    public async Task<PagedList<LinkSnapshot>> LinksAsync(Guid? after, int pageSize, CancellationToken ct = default)
    {
        var number = Interlocked.Increment(ref linkPages);
        if (BeforeLinksPage is { } before) await before(number);
        PagedList<LinkSnapshot> page;
        lock (gate) page = Page(links, after, pageSize);
        if (AfterLinksPage is { } afterPage) await afterPage(page.Items);
        return page;
    }

    // Guid ordering as SQL Server does not matter here: any fixed order works, the real registry uses its database's.
    static PagedList<T> Page<T>(SortedDictionary<Guid, T> rows, Guid? after, int pageSize)
    {
        var items = rows.Where(r => after is null || r.Key.CompareTo(after.Value) > 0).Take(pageSize).Select(r => r.Value).ToList();
        return new PagedList<T>(items, 1, pageSize, rows.Count);
    }
}

/// <summary>Risk scoring on PostgreSQL reading a <see cref="StubRegistry"/>; the rebuild's clock-skew margin is off, so a test's links count as old at once.</summary>
public sealed class StubRegistryRisk() : RiskFactory(DatabaseProvider.Postgres)
{
    public StubRegistry Registry { get; } = new();

    protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings => [new("Projection:ClockSkew", "00:00:00")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IRegistrySnapshots>();
            services.AddSingleton<IRegistrySnapshots>(Registry);
        });
    }
}
