using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Data;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Hosting;

namespace SupplierDD.RiskScoring.EntityLists;

public static class EntityListsApi
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static IEndpointRouteBuilder MapEntityListsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/entity-lists").WithTags("Entity lists");
        group.MapGet("/", List).RequireAuthorization(Policies.Internal)
            .WithSummary("The entity lists screening uses, each with its current version and earlier versions");
        group.MapGet("/{list}", Entries).RequireAuthorization(Policies.Internal)
            .WithSummary("The entries of a list's current version (or ?version=N)");
        group.MapPost("/", Import).RequireAuthorization(Policies.Admin).DisableAntiforgery()
            .WithSummary("Import entity lists from CSV: each list in the file becomes a new version")
            .WithDescription("Columns: list,name,aliases,country,section,listed_on,source (aliases separated by |; listed_on as 2022-06-21). "
                + "Send the CSV as multipart/form-data field `file` or as the raw body (text/csv), at most 20 MB. The whole file is checked first: "
                + "any bad row rejects it with every problem by row and column, and nothing is stored. When a list changes, every supplier is screened again.");
        return app;
    }

    public sealed record ListSummary(string List, int CurrentVersion, int EntryCount, DateTimeOffset ImportedAt, string ImportedBy, DateTimeOffset? ScreenedAt, IReadOnlyList<EntityListVersion> Versions);
    public sealed record ImportResult(IReadOnlyList<EntityListVersion> Versions);

    static async Task<Ok<IReadOnlyList<ListSummary>>> List(RiskDbContext db, CancellationToken ct)
    {
        var versions = await db.EntityListVersions.AsNoTracking().ToListAsync(ct);
        var lists = versions.GroupBy(v => v.List).OrderBy(g => g.Key).Select(g =>
        {
            var ordered = g.OrderByDescending(v => v.Number).ToList();
            var current = ordered[0];
            return new ListSummary(g.Key, current.Number, current.EntryCount, current.ImportedAt, current.ImportedBy, current.ScreenedAt, ordered);
        }).ToList();
        return TypedResults.Ok<IReadOnlyList<ListSummary>>(lists);
    }

    static async Task<Results<Ok<IReadOnlyList<ListedEntry>>, ProblemHttpResult>> Entries(string list, int? version, RiskDbContext db, CancellationToken ct)
    {
        var query = db.EntityListVersions.AsNoTracking().Where(v => v.List == list);
        var chosen = version is null
            ? await query.OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct)
            : await query.FirstOrDefaultAsync(v => v.Number == version, ct);
        if (chosen is null) return Problems.NotFound("Entity list", version is null ? list : $"{list} version {version}");
        var entries = await db.ListedEntries.AsNoTracking().Where(e => e.VersionId == chosen.Id).OrderBy(e => e.Name).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<ListedEntry>>(entries);
    }

    static async Task<Results<Created<ImportResult>, ValidationProblem, ProblemHttpResult>> Import(HttpRequest request, RiskDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var sizeLimit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false }) sizeLimit.MaxRequestBodySize = MaxFileBytes + 1024 * 1024;
        if (request.ContentLength > MaxFileBytes + 1024 * 1024) return TooLarge();

        string? fileName = null;
        using var content = new MemoryStream();
        Stream source = request.Body;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try { form = await request.ReadFormAsync(ct); }
            catch (InvalidDataException e) { return Problems.Invalid("file", $"the multipart body is malformed ({e.Message.TrimEnd(':', ' ')}); send the CSV as form field 'file'."); }
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            if (file is null) return Problems.Invalid("file", "attach the CSV as multipart field 'file'.");
            if (file.Length > MaxFileBytes) return TooLarge();
            fileName = Path.GetFileName(file.FileName);
            source = file.OpenReadStream();
        }
        await using (source)
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await source.ReadAsync(buffer, ct)) > 0)
            {
                if (content.Length + read > MaxFileBytes) return TooLarge();
                content.Write(buffer, 0, read);
            }
        }
        if (content.Length == 0) return Problems.Invalid("file", "the file is empty; expected the header list,name,aliases,country,section,listed_on,source and rows.");
        content.Position = 0;

        var (rows, errors) = EntityListCsv.Parse(content);
        if (errors.Count > 0) return Problems.Invalid(errors);
        var versions = await EntityListImporter.ImportAsync(db, rows, fileName?.Length > 260 ? fileName[..260] : fileName, user.UserId(), time.GetUtcNow(), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another import of the same list took this version number first.
            return Problems.Conflict("Another import of this list finished first.", "Look at GET /api/entity-lists and import again if your file is newer.");
        }
        return TypedResults.Created("/api/entity-lists", new ImportResult(versions));
    }

    static ValidationProblem TooLarge() => Problems.Invalid("file", $"is larger than {MaxFileBytes / 1024 / 1024} MB.");
}
