using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using SupplierDD.SupplierRegistry.Tests.Infrastructure;

namespace SupplierDD.SupplierRegistry.Tests.Imports;

public abstract class ImportTests(RegistryFactory factory)
{
    const string SupplierHeader = "name,local_name,aliases,registration_id,country_code,region_code,roles,contact_email";
    const string LinkHeader = "upstream_registration_id,downstream_registration_id,material,share_percent";
    readonly HttpClient client = factory.ClientAs("procurement");

    static HttpContent Csv(string text, bool bom = false, Encoding? encoding = null)
    {
        var bytes = (encoding ?? new UTF8Encoding(bom)).GetPreamble().Take(bom || encoding is not null ? int.MaxValue : 0).Concat((encoding ?? Encoding.UTF8).GetBytes(text)).ToArray();
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "suppliers.csv");
        return form;
    }

    async Task<JsonElement> ImportAndWait(string route, HttpContent content)
    {
        var response = await client.PostAsync(route, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"expected 202, got {(int)response.StatusCode}: {body}");
        var location = response.Headers.Location!.ToString();
        for (var i = 0; i < 600; i++)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(location);
            var status = job.GetProperty("status").GetString();
            if (status is "Completed" or "Failed") return job;
            await Task.Delay(100);
        }
        throw new TimeoutException($"import {location} did not finish");
    }

    [Fact]
    public async Task SuppliersAndLinks_ImportThenReimport_ChangesNothing()
    {
        var tag = TestData.Unique();
        var poly = TestData.NewUscc("650100");
        var wafer = TestData.NewUscc("320500");
        var module = $"DE-HRB:HRB {tag}";
        var suppliers = $"""
            {SupplierHeader}
            "Xinjiang {tag} Silicon Co., Ltd.",新疆{tag}硅业有限公司,"XJ {tag} Silicon|{tag} Poly",{poly},CN,CN-XJ,Polysilicon|MetallurgicalSilicon,ops@example.com
            Suzhou {tag} Wafer,,,{wafer},cn,CN-JS,wafer,
            {tag} Module GmbH,,,{module},DE,DE-BY,Module,buyer@example.de
            """;
        var first = await ImportAndWait("/api/suppliers/import", Csv(suppliers, bom: true));
        Assert.Equal("Completed", first.GetProperty("status").GetString());
        Assert.Equal(3, first.GetProperty("created").GetInt32());
        Assert.Equal(100, first.GetProperty("percentDone").GetDouble());

        var links = $"""
            {LinkHeader}
            {poly},{wafer},Polysilicon,70
            USCC:{wafer},{module},Wafer,
            """;
        var linkJob = await ImportAndWait("/api/supply-links/import", Csv(links));
        Assert.Equal(2, linkJob.GetProperty("created").GetInt32());

        var again = await ImportAndWait("/api/suppliers/import", Csv(suppliers));
        Assert.Equal(3, again.GetProperty("unchanged").GetInt32());
        var linksAgain = await ImportAndWait("/api/supply-links/import", Csv(links));
        Assert.Equal(2, linksAgain.GetProperty("unchanged").GetInt32());

        var found = await client.GetFromJsonAsync<JsonElement>($"/api/suppliers?search={tag}%20poly");
        var id = found.GetProperty("items")[0].GetProperty("id").GetGuid();
        var trace = await client.GetFromJsonAsync<JsonElement>($"/api/suppliers/{id}/downstream");
        Assert.Equal(3, trace.GetProperty("nodes").GetArrayLength());
        var events = await factory.WithDb(db => db.OutboxMessages.CountAsync(m => m.Body.Contains(tag)));
        Assert.Equal(3, events);
    }

    [Fact]
    public async Task InvalidRows_AreReportedByRowAndColumn_ValidRowsGoIn()
    {
        var tag = TestData.Unique();
        var good = TestData.NewUscc();
        var badCheck = good[..17] + (good[17] == '0' ? '1' : '0');
        var suppliers = $"""
            {SupplierHeader}
            Good {tag},,,{good},CN,CN-JS,Cell,
            Bad check {tag},,,{badCheck},CN,CN-JS,Cell,
            =cmd|' /C calc'!A0,,,{TestData.NewUscc()},CN,,Cell,
            Wrong region {tag},,,{TestData.NewUscc()},CN,VN-43,Cell,
            Unknown role {tag},,,{TestData.NewUscc()},CN,,Cell|Unobtainium,
            No scheme {tag},,,12345,DE,,Module,
            Twice {tag},,,{good},CN,CN-JS,Cell,
            """;
        var job = await ImportAndWait("/api/suppliers/import", Csv(suppliers));
        Assert.Equal(1, job.GetProperty("created").GetInt32());
        Assert.Equal(6, job.GetProperty("failed").GetInt32());
        var errors = job.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Contains((3, "registration_id"), errors);
        Assert.Contains((4, "name"), errors);
        Assert.Contains((5, "region_code"), errors);
        Assert.Contains((6, "roles"), errors);
        Assert.Contains((7, "registration_id"), errors);
        Assert.Contains((8, "registration_id"), errors);

        var report = await client.GetStringAsync(job.GetProperty("errorReport").GetString());
        Assert.StartsWith("\uFEFFrow,column,message", report);
        Assert.Equal(0, await factory.WithDb(db => db.Suppliers.CountAsync(s => s.Name.Contains("calc"))));
    }

    [Fact]
    public async Task LinkRows_WithUnknownSupplierCycleOrBadShare_AreReported()
    {
        var a = TestData.NewUscc();
        var b = TestData.NewUscc();
        await ImportAndWait("/api/suppliers/import", Csv($"{SupplierHeader}\nA {a},,,{a},CN,,Polysilicon,\nB {b},,,{b},CN,,Wafer,\n"));
        var links = $"{LinkHeader}\n{a},{b},Polysilicon,50\n{b},{a},Wafer,\n{a},{TestData.NewUscc()},Polysilicon,\n{a},{b},Quartz,abc\n{a},{b},Quartz,-5\n{a},{a},Quartz,\n";
        var job = await ImportAndWait("/api/supply-links/import", Csv(links));
        Assert.Equal(1, job.GetProperty("created").GetInt32());
        Assert.Equal(5, job.GetProperty("failed").GetInt32());
        var errors = job.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Contains((3, "upstream_registration_id"), errors);
        Assert.Contains((4, "downstream_registration_id"), errors);
        Assert.Contains((5, "share_percent"), errors);
        Assert.Contains((6, "share_percent"), errors);
        Assert.Contains((7, "upstream_registration_id"), errors);
    }

    [Fact]
    public async Task BadFiles_AreRejectedAtOnce_AndNothingIsWritten()
    {
        var before = await factory.WithDb(db => db.ImportJobs.CountAsync());
        await (await client.PostAsync("/api/suppliers/import", Csv("name,country_code\nX,CN\n"))).AssertProblem(HttpStatusCode.BadRequest, "file");
        await (await client.PostAsync("/api/suppliers/import", Csv($"{SupplierHeader}\nX,,,,CN,,,\n", encoding: Encoding.Unicode))).AssertProblem(HttpStatusCode.BadRequest, "file");
        var latin1 = new MultipartFormDataContent { { new ByteArrayContent([.. Encoding.UTF8.GetBytes(SupplierHeader + "\n"), 0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x0A]), "file", "x.csv" } };
        await (await client.PostAsync("/api/suppliers/import", latin1)).AssertProblem(HttpStatusCode.BadRequest, "file");
        await (await client.PostAsync("/api/suppliers/import", Csv($"{SupplierHeader}\n\"unterminated,,,,CN,,,\n"))).AssertProblem(HttpStatusCode.BadRequest, "file");
        await (await client.PostAsync("/api/suppliers/import", Csv(""))).AssertProblem(HttpStatusCode.BadRequest, "file");
        await (await client.PostAsync("/api/suppliers/import", new MultipartFormDataContent())).AssertProblem(HttpStatusCode.BadRequest, "file");

        using var small = factory.WithWebHostBuilder(b => b.UseSetting("Imports:MaxFileBytes", "2048"));
        var smallClient = small.CreateClient().As("procurement");
        var big = SupplierHeader + "\n" + string.Concat(Enumerable.Repeat("Name,,,,CN,,,\n", 400));
        await (await smallClient.PostAsync("/api/suppliers/import", Csv(big))).AssertProblem(HttpStatusCode.RequestEntityTooLarge);
        var raw = new StringContent(big, Encoding.UTF8, "text/csv");
        await (await smallClient.PostAsync("/api/suppliers/import", raw)).AssertProblem(HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(before, await factory.WithDb(db => db.ImportJobs.CountAsync()));
        Assert.Empty(Directory.Exists(factory.ImportFolder) ? Directory.GetFiles(factory.ImportFolder) : []);
    }

    [Fact]
    public async Task OptionalLeiColumn_IsImportedAndValidated()
    {
        var good = TestData.NewUscc();
        var bad = TestData.NewUscc();
        var csv = $"{SupplierHeader},lei\nLei ok {good},,,{good},CN,,Cell,,529900T8BM49AURSDO55\nLei bad {bad},,,{bad},CN,,Cell,,529900T8BM49AURSDO56\n";
        var job = await ImportAndWait("/api/suppliers/import", Csv(csv));
        Assert.Equal(1, job.GetProperty("created").GetInt32());
        Assert.Equal(("lei", 3), (job.GetProperty("errors")[0].GetProperty("column").GetString(), job.GetProperty("errors")[0].GetProperty("row").GetInt32()));
    }

    [Fact]
    public async Task ValuesLongerThanTheSharedFieldLimits_AreRowErrorsNamingRowAndColumn()
    {
        var uscc = TestData.NewUscc();
        var other = TestData.NewUscc();
        var longName = new string('n', SupplierDD.Contracts.FieldLimits.Name + 1);
        var suppliers = await ImportAndWait("/api/suppliers/import", Csv($"{SupplierHeader}\nOk {uscc},,,{uscc},CN,,Cell,\n{longName},,,{other},CN,,Cell,\n"));
        Assert.Equal(1, suppliers.GetProperty("created").GetInt32());
        Assert.Equal(("name", 3), (suppliers.GetProperty("errors")[0].GetProperty("column").GetString(), suppliers.GetProperty("errors")[0].GetProperty("row").GetInt32()));

        var material = new string('m', SupplierDD.Contracts.FieldLimits.Material + 1);
        var up = TestData.NewUscc();
        await ImportAndWait("/api/suppliers/import", Csv($"{SupplierHeader}\nUp {up},,,{up},CN,,Quartz,\n"));
        var links = await ImportAndWait("/api/supply-links/import", Csv($"{LinkHeader}\n{up},{uscc},{material},\n"));
        Assert.Equal(("material", 2), (links.GetProperty("errors")[0].GetProperty("column").GetString(), links.GetProperty("errors")[0].GetProperty("row").GetInt32()));
    }

    [Fact]
    public async Task RawCsvBody_IsAccepted()
    {
        var uscc = TestData.NewUscc();
        var job = await ImportAndWait("/api/suppliers/import", new StringContent($"{SupplierHeader}\r\nRaw {uscc},,,{uscc},CN,,,\r\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(1, job.GetProperty("created").GetInt32());
    }
}

public sealed class SqliteImportTests(SqliteRegistry factory) : ImportTests(factory), IClassFixture<SqliteRegistry>;

public sealed class PostgresImportTests(PostgresRegistry factory) : ImportTests(factory), IClassFixture<PostgresRegistry>;
