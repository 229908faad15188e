using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierDD.SupplierRegistry.Imports;
using SupplierDD.SupplierRegistry.Tests.Infrastructure;

namespace SupplierDD.SupplierRegistry.Tests.Imports;

/// <summary>Import jobs are claimed once in the database: two replicas never run the same job, a dead worker's job is taken over, and not forever.</summary>
public abstract class ImportJobLeaseTests(RegistryFactory first) : IAsyncLifetime
{
    const string SupplierHeader = "name,local_name,aliases,registration_id,country_code,region_code,roles,contact_email";
    SecondReplica? second;

    public async Task InitializeAsync()
    {
        first.CreateClient().Dispose(); // migrated by the first host before the second starts
        second = new SecondReplica(first);
        await second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (second is not null) await ((IAsyncLifetime)second).DisposeAsync();
    }

    static string SupplierCsv(int rows)
    {
        var csv = new StringBuilder(SupplierHeader).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            var uscc = TestData.NewUscc();
            csv.Append($"Lease test {uscc},,,{uscc},CN,,Cell,\n");
        }
        return csv.ToString();
    }

    static HttpContent Csv(string text) => new StringContent(text, Encoding.UTF8, "text/csv");

    async Task<ImportJob> WaitForEnd(Guid id)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = await first.WithDb(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id));
            if (job.Status is ImportStatus.Completed or ImportStatus.Failed) return job;
            await Task.Delay(100);
        }
        throw new TimeoutException($"import {id} did not finish");
    }

    /// <summary>A job as a worker that has since died left it: running, its lease at <paramref name="leaseExpiresAt"/>.</summary>
    async Task<Guid> OrphanedJob(int attempts, DateTimeOffset leaseExpiresAt, int rows = 3)
    {
        var content = Encoding.UTF8.GetBytes(SupplierCsv(rows));
        var id = Guid.CreateVersion7();
        await first.WithDb(async db =>
        {
            db.ImportJobs.Add(new ImportJob
            {
                Id = id, Kind = ImportKind.Suppliers, Status = ImportStatus.Running, FileName = "orphan.csv", FileBytes = content.Length, TotalRows = rows,
                CreatedBy = "test", CreatedAt = DateTimeOffset.UtcNow, StartedAt = DateTimeOffset.UtcNow, Attempts = attempts,
                LeaseOwner = "dead-worker", LeaseExpiresAt = leaseExpiresAt,
            });
            db.ImportUploads.Add(new ImportUpload { ImportJobId = id, Content = content });
            return await db.SaveChangesAsync();
        });
        return id;
    }

    [Fact]
    public async Task TwoReplicas_EachJobRunsOnce()
    {
        var clients = new[] { first.ClientAs("procurement"), second!.ClientAs("procurement") };
        var uploads = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            var response = await clients[i % 2].PostAsync("/api/suppliers/import", Csv(SupplierCsv(20)));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return (await response.ReadJson()).GetProperty("id").GetGuid();
        }));
        foreach (var id in uploads)
        {
            var job = await WaitForEnd(id);
            Assert.Equal(ImportStatus.Completed, job.Status);
            Assert.Equal(1, job.Attempts);
            Assert.Equal(20, job.Created);
            Assert.Equal(0, job.Unchanged);
        }
        Assert.Equal(0, await first.WithDb(db => db.ImportUploads.CountAsync(u => uploads.Contains(u.ImportJobId))));
    }

    [Fact]
    public async Task JobWhoseLeaseExpired_IsTakenOver_AndOneWithALiveLeaseIsLeftAlone()
    {
        var orphan = await OrphanedJob(attempts: 1, leaseExpiresAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        var alive = await OrphanedJob(attempts: 1, leaseExpiresAt: DateTimeOffset.UtcNow.AddMinutes(10));

        var job = await WaitForEnd(orphan);
        Assert.Equal(ImportStatus.Completed, job.Status);
        Assert.Equal(2, job.Attempts);
        Assert.Equal(3, job.Created);
        Assert.Null(job.LeaseOwner);

        await Task.Delay(1000);
        var untouched = await first.WithDb(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == alive));
        Assert.Equal((ImportStatus.Running, 1, "dead-worker"), (untouched.Status, untouched.Attempts, untouched.LeaseOwner));
    }

    [Fact]
    public async Task JobWhoseWorkerDiedThreeTimes_IsFailedWithTheReason()
    {
        var id = await OrphanedJob(attempts: 3, leaseExpiresAt: DateTimeOffset.UtcNow.AddSeconds(-5));

        var job = await WaitForEnd(id);

        Assert.Equal(ImportStatus.Failed, job.Status);
        Assert.Contains("started 3 times", job.Message);
        Assert.Equal(0, job.Created);
        Assert.Equal(0, await first.WithDb(db => db.ImportUploads.CountAsync(u => u.ImportJobId == id)));
        var response = await first.ClientAs("procurement").GetFromJsonAsync<JsonElement>($"/api/imports/{id}");
        Assert.Equal("Failed", response.GetProperty("status").GetString());
    }
}

public sealed class SqliteImportJobLeaseTests(SqliteRegistry factory) : ImportJobLeaseTests(factory), IClassFixture<SqliteRegistry>;

public sealed class PostgresImportJobLeaseTests(PostgresRegistry factory) : ImportJobLeaseTests(factory), IClassFixture<PostgresRegistry>;
