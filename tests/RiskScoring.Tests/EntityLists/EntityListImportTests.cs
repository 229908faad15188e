using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.EntityLists;
using SupplierDD.RiskScoring.Tests.Infrastructure;

namespace SupplierDD.RiskScoring.Tests.EntityLists;

public abstract class EntityListImportTests(RiskFactory factory)
{
    const string Header = "list,name,aliases,country,section,listed_on,source\n";

    static string ListName() => "TEST-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    Task<HttpResponseMessage> UploadAsync(string csv, string role = "admin")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "list.csv");
        return factory.ClientAs(role).PostAsync("/api/entity-lists", form);
    }

    [Fact]
    public async Task Post_ValidList_StoresVersion1WithEveryEntry()
    {
        var list = ListName();
        var response = await UploadAsync(Header
            + $"{list},\"Hoshine Silicon Industry (Shanshan) Co., Ltd\",Hesheng Silicon Industry (Shanshan) Co.|合盛硅业（鄯善）有限公司,CN,2(d)(2)(B)(i),2023-05-16,https://www.dhs.gov/uflpa-entity-list\n"
            + $"{list},Xinjiang Production and Construction Corps,,CN,2(d)(2)(B)(v),2022-06-21,UFLPA\n");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var version = await factory.WithDb(db => db.EntityListVersions.SingleAsync(v => v.List == list));
        Assert.Equal((1, 2, 2), (version.Number, version.EntryCount, version.Added));
        var hoshine = await factory.WithDb(db => db.ListedEntries.SingleAsync(e => e.VersionId == version.Id && e.Name.StartsWith("Hoshine")));
        Assert.Equal(["Hesheng Silicon Industry (Shanshan) Co.", "合盛硅业（鄯善）有限公司"], hoshine.Aliases);
        Assert.Equal(new DateOnly(2023, 5, 16), hoshine.ListedOn);
    }

    [Fact]
    public async Task Post_SecondVersion_CountsAddedChangedRemoved()
    {
        var list = ListName();
        await UploadAsync(Header + $"{list},Alpha Co,,CN,,,\n{list},Beta Co,,CN,,,\n{list},Gamma Co,,CN,,,\n");
        var response = await UploadAsync(Header + $"{list},Alpha Co,,CN,,,\n{list},Beta Co,Beta Trading,CN,,,\n{list},Delta Co,,CN,,,\n");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var version = await factory.WithDb(db => db.EntityListVersions.SingleAsync(v => v.List == list && v.Number == 2));
        Assert.Equal((1, 1, 1), (version.Added, version.Changed, version.Removed));
        var listed = await factory.ClientAs("risk-analyst").GetFromJsonAsync<JsonElement>($"/api/entity-lists/{list}");
        Assert.Equal(["Alpha Co", "Beta Co", "Delta Co"], listed.EnumerateArray().Select(e => e.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Post_BadRows_Returns400NamingRowAndColumn_AndStoresNothing()
    {
        var list = ListName();
        var response = await UploadAsync(Header + $"{list},Good Co,,CN,,,\n{list},,,CN,,,\n{list},Bad Country Co,,ZZ,,,\n{list},Bad Date Co,,CN,,21/06/2022,\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("row 3: name", out _));
        Assert.Contains("ZZ", errors.GetProperty("row 4: country")[0].GetString());
        Assert.True(errors.TryGetProperty("row 5: listed_on", out _));
        Assert.False(await factory.WithDb(db => db.EntityListVersions.AnyAsync(v => v.List == list)));
    }

    [Theory]
    [InlineData("name,country\nAlpha,CN\n", "list")]
    [InlineData("", "file")]
    public async Task Post_MissingColumnsOrEmpty_Returns400(string csv, string mentioned)
    {
        var response = await UploadAsync(csv);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentioned, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_SameEntityTwiceInOneList_Returns400()
    {
        var list = ListName();
        var response = await UploadAsync(Header + $"{list},Alpha Co,,CN,,,\n{list},ALPHA  CO,,CN,,,\n");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("row 3", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("risk-analyst")]
    [InlineData("procurement")]
    public async Task Post_NotAdmin_IsForbidden(string role)
    {
        var response = await UploadAsync(Header + $"{ListName()},Alpha Co,,CN,,,\n", role);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task BundledUflpaList_ParsesWithEveryEntry()
    {
        await using var file = File.OpenRead(DefaultLists.UflpaPath);
        var (rows, errors) = EntityListCsv.Parse(file);
        Assert.Empty(errors);
        Assert.True(rows.Count >= 50);
        Assert.All(rows, r => Assert.Equal("US-UFLPA", r.List));
        Assert.Contains(rows, r => r.Name.StartsWith("Hoshine Silicon Industry", StringComparison.Ordinal));
    }
}

public sealed class SqliteEntityListImportTests(SqliteRisk factory) : EntityListImportTests(factory), IClassFixture<SqliteRisk>;

public sealed class PostgresEntityListImportTests(PostgresRisk factory) : EntityListImportTests(factory), IClassFixture<PostgresRisk>;
