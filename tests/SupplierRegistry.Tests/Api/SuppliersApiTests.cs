using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SupplierDD.SupplierRegistry.Tests.Infrastructure;

namespace SupplierDD.SupplierRegistry.Tests.Api;

public abstract class SuppliersApiTests(RegistryFactory factory)
{
    readonly HttpClient client = factory.ClientAs("procurement");

    [Fact]
    public async Task Post_ValidSupplier_ReturnsCreatedWithETagLocationAndEvent()
    {
        var uscc = TestData.NewUscc();
        var response = await client.PostAsJsonAsync("/api/suppliers", ApiHelpers.Supplier(uscc: uscc.ToLowerInvariant(), localName: "江苏测试光伏有限公司"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var body = await response.ReadJson();
        var id = body.Id();
        Assert.Equal($"/api/suppliers/{id}", response.Headers.Location?.ToString());
        Assert.Equal("USCC", body.GetProperty("supplier").GetProperty("registrationId").GetProperty("scheme").GetString());
        Assert.Equal(uscc, body.GetProperty("supplier").GetProperty("registrationId").GetProperty("value").GetString());
        Assert.Equal("Draft", body.GetProperty("supplier").GetProperty("status").GetString());

        var events = await factory.WithDb(db => db.OutboxMessages.Where(m => m.Body.Contains(id.ToString())).Select(m => m.MessageType).ToListAsync());
        Assert.Contains(events, t => t.StartsWith("SupplierDD.Contracts.SupplierRegistry.SupplierRegistered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_DuplicateRegistrationId_ReturnsConflictPointingAtExisting()
    {
        var uscc = TestData.NewUscc();
        var first = await client.CreateSupplierAsync(ApiHelpers.Supplier(uscc: uscc));
        var response = await client.PostAsJsonAsync("/api/suppliers", ApiHelpers.Supplier(uscc: uscc));
        await response.AssertProblem(HttpStatusCode.Conflict);
        var problem = await response.ReadJson();
        Assert.Equal(first.Id(), problem.GetProperty("existingSupplierId").GetGuid());
    }

    [Fact]
    public async Task Post_SimilarNameInSameCountry_IsAcceptedAndListsPossibleDuplicates()
    {
        var word = "Sunridge" + TestData.Unique();
        var first = await client.CreateSupplierAsync(ApiHelpers.Supplier(name: $"Jiangsu {word} Silicon Co., Ltd."));
        var second = await client.CreateSupplierAsync(ApiHelpers.Supplier(name: $"{word} Silicon Jiangsu Company Limited"));
        var duplicates = second.GetProperty("possibleDuplicates").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(first.Id(), duplicates);

        var query = await client.GetFromJsonAsync<List<System.Text.Json.JsonElement>>($"/api/suppliers/duplicates?name={Uri.EscapeDataString($"{word} Silicon")}&country=CN");
        Assert.Contains(query!, d => d.GetProperty("id").GetGuid() == first.Id());
        var otherCountry = await client.GetFromJsonAsync<List<System.Text.Json.JsonElement>>($"/api/suppliers/duplicates?name={word}&country=VN");
        Assert.Empty(otherCountry!);
    }

    [Theory]
    [InlineData("registrationId.value", "bad-uscc")]
    [InlineData("countryCode", "bad-country")]
    [InlineData("regionCode", "region-of-other-country")]
    [InlineData("name", "formula")]
    [InlineData("contactEmail", "bad-email")]
    public async Task Post_InvalidField_ReturnsBadRequestNamingField(string field, string kind)
    {
        var uscc = TestData.NewUscc();
        object body = kind switch
        {
            "bad-uscc" => ApiHelpers.Supplier(uscc: uscc[..17] + (uscc[17] == '0' ? '1' : '0')),
            "bad-country" => new { name = "X", countryCode = "ZZ" },
            "region-of-other-country" => ApiHelpers.Supplier(country: "CN", region: "VN-43"),
            "formula" => ApiHelpers.Supplier(name: "=HYPERLINK(\"http://x\")"),
            _ => new { name = "X", countryCode = "DE", contactEmail = "not an email" },
        };
        var response = await client.PostAsJsonAsync("/api/suppliers", body);
        await response.AssertProblem(HttpStatusCode.BadRequest, field);
        Assert.Equal(0, await factory.WithDb(db => db.Suppliers.CountAsync(s => s.RegistrationValue == uscc)));
    }

    [Fact]
    public async Task Post_MalformedJsonOrUnknownRole_ReturnsProblemNamingField()
    {
        var malformed = await client.PostAsync("/api/suppliers", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));
        await malformed.AssertProblem(HttpStatusCode.BadRequest);

        var unknownRole = await client.PostAsync("/api/suppliers",
            new StringContent("{\"name\":\"X\",\"countryCode\":\"CN\",\"roles\":[\"Polysilicon\",\"Unobtainium\"]}", Encoding.UTF8, "application/json"));
        await unknownRole.AssertProblem(HttpStatusCode.BadRequest, "roles[1]");
    }

    [Fact]
    public async Task Requests_WithoutTokenOrWrongRole_AreRejected()
    {
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/suppliers")).StatusCode);
        var analyst = factory.ClientAs("risk-analyst");
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/suppliers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/suppliers", ApiHelpers.Supplier())).StatusCode);
        var supplierUser = factory.ClientAs("supplier");
        Assert.Equal(HttpStatusCode.Forbidden, (await supplierUser.GetAsync("/api/suppliers")).StatusCode);
        var forged = factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For("admin", key: new string('x', 64)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/suppliers")).StatusCode);
    }

    [Fact]
    public async Task Put_RequiresCurrentETag()
    {
        var created = await client.CreateSupplierAsync(ApiHelpers.Supplier());
        var id = created.Id();
        var update = ApiHelpers.Supplier(name: TestData.NewName("Renamed"), uscc: created.GetProperty("supplier").GetProperty("registrationId").GetProperty("value").GetString());

        await (await client.PutAsJsonAsync($"/api/suppliers/{id}", update)).AssertProblem(HttpStatusCode.PreconditionRequired);

        var ok = new HttpRequestMessage(HttpMethod.Put, $"/api/suppliers/{id}") { Content = JsonContent.Create(update) };
        ok.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var response = await client.SendAsync(ok);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/suppliers/{id}") { Content = JsonContent.Create(update) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        await (await client.SendAsync(stale)).AssertProblem(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Status_FollowsWorkflowAndKeepsHistory()
    {
        var id = (await client.CreateSupplierAsync(ApiHelpers.Supplier())).Id();
        await (await client.SendAsync(HttpMethod.Post, $"/api/suppliers/{id}/status", new { status = "Approved", reason = "skip" }, 1)).AssertProblem(HttpStatusCode.Conflict);
        await (await client.PostAsJsonAsync($"/api/suppliers/{id}/status", new { status = "Invited" })).AssertProblem(HttpStatusCode.BadRequest, "reason");

        foreach (var status in new[] { "Invited", "UnderAssessment", "Approved", "Suspended", "Approved" })
        {
            var response = await client.SendAsync(HttpMethod.Post, $"/api/suppliers/{id}/status", new { status, reason = $"to {status}" }, await client.VersionAsync(id));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var details = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/suppliers/{id}");
        var history = details.GetProperty("statusHistory").EnumerateArray().ToList();
        Assert.Equal(5, history.Count);
        Assert.Equal("test-procurement", history[0].GetProperty("changedBy").GetString());
        Assert.Equal("Suspended", history[3].GetProperty("to").GetString());
    }

    [Fact]
    public async Task List_SearchesNamesAliasesAndIds_AndFilters()
    {
        var tag = TestData.Unique();
        var uscc = TestData.NewUscc("650100");
        var created = await client.CreateSupplierAsync(ApiHelpers.Supplier(name: $"Alpha {tag}", uscc: uscc, region: "CN-XJ", roles: ["Polysilicon", "Ingot"],
            aliases: [$"Beta {tag} Trading"], localName: $"新疆{tag}硅业"));
        var id = created.Id();

        foreach (var search in new[] { $"alpha {tag.ToLowerInvariant()}", $"BETA {tag}", $"新疆{tag}", uscc })
        {
            var page = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/suppliers?search={Uri.EscapeDataString(search)}");
            Assert.Contains(page.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        }
        var filtered = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/suppliers?search={tag}&role=Ingot&country=cn&region=CN-XJ&status=Draft");
        Assert.Equal(1, filtered.GetProperty("total").GetInt32());
        var none = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/suppliers?search={tag}&role=Wafer");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        var clamped = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/suppliers?page=0&pageSize=100000");
        Assert.Equal(1, clamped.GetProperty("page").GetInt32());
        Assert.Equal(500, clamped.GetProperty("pageSize").GetInt32());
        await (await client.GetAsync("/api/suppliers?country=XX")).AssertProblem(HttpStatusCode.BadRequest, "country");
    }

    [Fact]
    public async Task Facilities_AreAddedWithRegionsAndValidated()
    {
        var tag = TestData.Unique();
        var id = (await client.CreateSupplierAsync(ApiHelpers.Supplier(name: $"Facility test {tag}", region: "CN-NM"))).Id();
        var response = await client.PostAsJsonAsync($"/api/suppliers/{id}/facilities",
            new { name = "Shihezi plant", countryCode = "CN", regionCode = "CN-65", latitude = 44.3, longitude = 86.0, processes = new[] { "Polysilicon" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("CN-XJ", (await response.ReadJson()).GetProperty("regionCode").GetString());

        await (await client.PostAsJsonAsync($"/api/suppliers/{id}/facilities", new { name = "Bad", countryCode = "CN", regionCode = "DE-BY" }))
            .AssertProblem(HttpStatusCode.BadRequest, "regionCode");
        await (await client.PostAsJsonAsync($"/api/suppliers/{Guid.NewGuid()}/facilities", new { name = "Nowhere", countryCode = "CN" }))
            .AssertProblem(HttpStatusCode.NotFound);

        var list = await client.GetFromJsonAsync<List<System.Text.Json.JsonElement>>($"/api/suppliers/{id}/facilities");
        Assert.Single(list!);
        var byFacilityRegion = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/suppliers?region=CN-XJ&search={tag}");
        Assert.Equal(1, byFacilityRegion.GetProperty("total").GetInt32());
        var details = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/suppliers/{id}");
        Assert.Equal(2, details.GetProperty("supplier").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task SupplierUser_ReadsOnlyItsOwnSupplierAndFacilities()
    {
        var own = (await client.CreateSupplierAsync(ApiHelpers.Supplier())).Id();
        var other = (await client.CreateSupplierAsync(ApiHelpers.Supplier())).Id();
        var supplierUser = factory.CreateClient();
        supplierUser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For("supplier", supplierId: own));

        Assert.Equal(HttpStatusCode.OK, (await supplierUser.GetAsync($"/api/suppliers/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supplierUser.GetAsync($"/api/suppliers/{own}/facilities")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supplierUser.GetAsync($"/api/suppliers/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supplierUser.GetAsync($"/api/suppliers/{other}/facilities")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supplierUser.GetAsync($"/api/suppliers/{own}/upstream")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supplierUser.GetAsync("/api/suppliers/stats")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supplierUser.PutAsJsonAsync($"/api/suppliers/{own}", ApiHelpers.Supplier())).StatusCode);

        var withoutSupplierId = factory.ClientAs("supplier");
        Assert.Equal(HttpStatusCode.Forbidden, (await withoutSupplierId.GetAsync($"/api/suppliers/{own}")).StatusCode);
    }

    [Fact]
    public async Task Stats_CountByStatusRoleAndCountry()
    {
        var before = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/suppliers/stats");
        await client.CreateSupplierAsync(ApiHelpers.Supplier(roles: ["Polysilicon", "Wafer"]));
        await client.CreateSupplierAsync(ApiHelpers.Supplier(country: "DE", region: null, roles: ["Module"]));
        var after = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/suppliers/stats");

        int Count(System.Text.Json.JsonElement stats, string group, string key) =>
            stats.GetProperty(group).TryGetProperty(key, out var value) ? value.GetInt32() : 0;
        Assert.Equal(before.GetProperty("total").GetInt32() + 2, after.GetProperty("total").GetInt32());
        Assert.Equal(Count(before, "byStatus", "Draft") + 2, Count(after, "byStatus", "Draft"));
        Assert.Equal(Count(before, "byStatus", "Approved"), Count(after, "byStatus", "Approved"));
        Assert.Equal(Count(before, "byRole", "Polysilicon") + 1, Count(after, "byRole", "Polysilicon"));
        Assert.Equal(Count(before, "byRole", "Wafer") + 1, Count(after, "byRole", "Wafer"));
        Assert.Equal(Count(before, "byRole", "Module") + 1, Count(after, "byRole", "Module"));
        Assert.Equal(Count(before, "byCountry", "CN") + 1, Count(after, "byCountry", "CN"));
        Assert.Equal(Count(before, "byCountry", "DE") + 1, Count(after, "byCountry", "DE"));
        Assert.Equal(12, after.GetProperty("byRole").EnumerateObject().Count());
    }
}

public sealed class SqliteSuppliersApiTests(SqliteRegistry factory) : SuppliersApiTests(factory), IClassFixture<SqliteRegistry>;

public sealed class PostgresSuppliersApiTests(PostgresRegistry factory) : SuppliersApiTests(factory), IClassFixture<PostgresRegistry>;
