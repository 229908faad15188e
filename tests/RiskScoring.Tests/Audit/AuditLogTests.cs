using System.Text.Json;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Audit;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.Audit;

/// <summary>Each test has a log of its own (tampering in one must not show in another).</summary>
public abstract class AuditLogTests : IAsyncLifetime
{
    RiskFactory factory = null!;

    protected abstract RiskFactory NewFactory();

    public async Task InitializeAsync()
    {
        factory = NewFactory();
        await ((IAsyncLifetime)factory).InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)factory).DisposeAsync();

    async Task AppendAsync(int count)
    {
        for (var i = 0; i < count; i++)
            await factory.WithDb(async db =>
            {
                await AuditLog.AppendAsync(db, "analyst-1", "risk.approved", $"supplier/{Guid.NewGuid()}", new { band = "High", note = $"entry {i} 审核" }, DateTimeOffset.UtcNow, default);
                await AuditLog.SaveChangesAsync(db, default);
            });
    }

    async Task<AuditVerification> VerifyAsync()
    {
        var response = await factory.ClientAs("risk-analyst").GetAsync("/api/audit/verify");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AuditVerification>())!;
    }

    [Fact]
    public async Task Verify_UntouchedLog_IsIntact()
    {
        await AppendAsync(3);
        var result = await VerifyAsync();
        Assert.True(result.Intact, result.Problem);
        Assert.True(result.EntriesChecked >= 3);
        Assert.Null(result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_OneRowEdited_ReportsThatRow()
    {
        await AppendAsync(4);
        var target = await factory.WithDb(db => db.AuditEntries.OrderByDescending(e => e.Sequence).Skip(1).Select(e => e.Sequence).FirstAsync());
        await factory.WithDb(db => db.AuditEntries.Where(e => e.Sequence == target)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.Data, "{\"band\":\"Low\"}")));

        var result = await VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(target, result.FirstBrokenSequence);
        Assert.Contains("contents do not match", result.Problem);
    }

    [Fact]
    public async Task Verify_RowDeleted_ReportsTheGap()
    {
        await AppendAsync(4);
        var target = await factory.WithDb(db => db.AuditEntries.OrderByDescending(e => e.Sequence).Skip(2).Select(e => e.Sequence).FirstAsync());
        await factory.WithDb(db => db.AuditEntries.Where(e => e.Sequence == target).ExecuteDeleteAsync());

        var result = await VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(target, result.FirstBrokenSequence);
        Assert.Contains("missing", result.Problem);
    }

    [Fact]
    public async Task Append_ConcurrentWriters_KeepOneUnbrokenChain()
    {
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => AppendAsync(3)));
        var result = await VerifyAsync();
        Assert.True(result.Intact, result.Problem);
        Assert.Equal(18, result.EntriesChecked);
    }

    [Fact]
    public async Task List_NewestFirst_FilteredBySubject()
    {
        await AppendAsync(3);
        var client = factory.ClientAs("risk-analyst");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/audit?pageSize=2");
        var items = all.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(2, items.Count);
        Assert.True(items[0].GetProperty("sequence").GetInt64() > items[1].GetProperty("sequence").GetInt64());
        var subject = items[0].GetProperty("subject").GetString();
        var one = await client.GetFromJsonAsync<JsonElement>($"/api/audit?subject={Uri.EscapeDataString(subject!)}");
        Assert.Equal(1, one.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Verify_AsProcurement_IsForbidden()
    {
        var response = await factory.ClientAs("procurement").GetAsync("/api/audit/verify");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class SqliteAuditLogTests : AuditLogTests
{
    protected override RiskFactory NewFactory() => new SqliteRisk();
}

public sealed class PostgresAuditLogTests : AuditLogTests
{
    protected override RiskFactory NewFactory() => new PostgresRisk();
}
