using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SupplierDD.ServiceDefaults.Auth;
using SupplierDD.ServiceDefaults.Hosting;
using SupplierDD.Standards.Csv;
using SupplierDD.SupplierRegistry.Data;

namespace SupplierDD.SupplierRegistry.Imports;

public static class ImportsApi
{
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        const string csvHelp = "Send the CSV (UTF-8, with or without BOM, header row) as multipart/form-data field `file`, or as the raw body with Content-Type text/csv. "
            + "The file is checked at once (size, encoding, header, CSV syntax) and imported in the background: 202 with the job; poll GET /api/imports/{id}.";
        app.MapPost("/api/suppliers/import", (HttpRequest r, RegistryDbContext db, ImportQueue q, IOptions<ImportOptions> o, ClaimsPrincipal u, TimeProvider t, CancellationToken ct)
                => Upload(ImportKind.Suppliers, r, db, q, o.Value, u, t, ct))
            .WithTags("Imports").RequireAuthorization(Policies.Procurement).DisableAntiforgery()
            .WithSummary("Import suppliers from CSV (upsert by registration id)")
            .WithDescription($"Columns: {string.Join(',', SupplierCsvImport.Columns)} (optional: lei); lists separated by |; registration_id is SCHEME:VALUE or, for CN, a bare USCC. " + csvHelp);
        app.MapPost("/api/supply-links/import", (HttpRequest r, RegistryDbContext db, ImportQueue q, IOptions<ImportOptions> o, ClaimsPrincipal u, TimeProvider t, CancellationToken ct)
                => Upload(ImportKind.SupplyLinks, r, db, q, o.Value, u, t, ct))
            .WithTags("Imports").RequireAuthorization(Policies.Procurement).DisableAntiforgery()
            .WithSummary("Import supply links from CSV")
            .WithDescription($"Columns: {string.Join(',', LinkCsvImport.Columns)}. Suppliers are found by registration id. " + csvHelp);
        app.MapGet("/api/imports/{id:guid}", Get).WithTags("Imports").RequireAuthorization(Policies.Internal)
            .WithSummary("Progress and first row errors of an import");
        app.MapGet("/api/imports/{id:guid}/errors.csv", ErrorReport).WithTags("Imports").RequireAuthorization(Policies.Internal)
            .WithSummary("Every row error of an import as CSV (row,column,message)");
        return app;
    }

    static async Task<Results<Accepted<ImportJobResponse>, ValidationProblem, ProblemHttpResult>> Upload(
        ImportKind kind, HttpRequest request, RegistryDbContext db, ImportQueue queue, ImportOptions options, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var sizeLimit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false }) sizeLimit.MaxRequestBodySize = options.MaxFileBytes + 1024 * 1024;
        if (request.ContentLength > options.MaxFileBytes + 1024 * 1024) return TooLarge(options);

        var jobId = Guid.CreateVersion7(time.GetUtcNow());
        Directory.CreateDirectory(options.StoragePath);
        var path = Path.GetFullPath(Path.Combine(options.StoragePath, $"{jobId}.csv"));
        try
        {
            string fileName;
            long bytes;
            if (request.HasFormContentType)
            {
                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(ct);
                }
                catch (InvalidDataException e)
                {
                    return Problems.Invalid("file", $"the multipart body is malformed ({e.Message.TrimEnd(':', ' ')}); send the CSV as form field 'file'.");
                }
                var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
                if (file is null) return Problems.Invalid("file", "attach the CSV as multipart field 'file'.");
                if (file.Length > options.MaxFileBytes) return TooLarge(options);
                fileName = Path.GetFileName(file.FileName);
                await using var source = file.OpenReadStream();
                bytes = await SaveAsync(source, path, options.MaxFileBytes, ct);
            }
            else
            {
                fileName = $"{kind.ToString().ToLowerInvariant()}.csv";
                bytes = await SaveAsync(request.Body, path, options.MaxFileBytes, ct);
            }
            if (bytes < 0) return TooLarge(options);
            if (bytes == 0) return Problems.Invalid("file", "the file is empty; expected a header row and data rows.");

            var rows = CheckFile(kind, path, options);
            if (rows.Error is { } error) return Problems.Invalid("file", error);

            var job = new ImportJob
            {
                Id = jobId, Kind = kind, Status = ImportStatus.Queued, FileName = fileName.Length > 300 ? fileName[..300] : fileName,
                FileBytes = bytes, TotalRows = rows.Count, CreatedBy = user.UserId(), CreatedAt = time.GetUtcNow(),
            };
            db.ImportJobs.Add(job);
            // The file goes into the database with its job: whichever replica claims the job can read it.
            db.ImportUploads.Add(new ImportUpload { ImportJobId = jobId, Content = await File.ReadAllBytesAsync(path, ct) });
            await db.SaveChangesAsync(ct);
            queue.Wake();
            return TypedResults.Accepted($"/api/imports/{job.Id}", ImportJobResponse.From(job, 0, []));
        }
        finally
        {
            // Only a scratch copy for the checks; the stored upload is the database's.
            if (File.Exists(path)) File.Delete(path);
        }
    }

    /// <summary>Copies at most <paramref name="limit"/> bytes; -1 when the source is larger.</summary>
    static async Task<long> SaveAsync(Stream source, string path, long limit, CancellationToken ct)
    {
        await using var target = File.Create(path);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > limit) return -1;
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return total;
    }

    /// <summary>
    /// Encoding, header and CSV syntax are checked in one read before the job exists, so a bad file is a 400
    /// and nothing is written (the reader decodes strict UTF-8 and names the row of a bad byte).
    /// </summary>
    static (int Count, string? Error) CheckFile(ImportKind kind, string path, ImportOptions options)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new CsvReader(stream);
            if (kind == ImportKind.Suppliers) CsvHeader.Read(reader, SupplierCsvImport.Columns, SupplierCsvImport.OptionalColumns);
            else CsvHeader.Read(reader, LinkCsvImport.Columns);
            var count = 0;
            while (reader.TryReadRow(out _))
            {
                if (++count > options.MaxRows) return (0, $"the file has more than {options.MaxRows} data rows; split it.");
            }
            return count == 0 ? (0, "the file has a header but no data rows.") : (count, null);
        }
        catch (CsvHeaderException e)
        {
            return (0, e.Message);
        }
        catch (CsvEncodingException e)
        {
            return (0, $"{e.Message} Save it as 'CSV UTF-8' and upload again.");
        }
        catch (CsvFormatException e)
        {
            return (0, $"row {e.RowNumber}: {e.Message}");
        }
    }

    static ProblemHttpResult TooLarge(ImportOptions options) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large.",
        detail: $"file: at most {options.MaxFileBytes / (1024 * 1024)} MB ({options.MaxFileBytes} bytes) per upload; split the file.",
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["file"] = [$"larger than {options.MaxFileBytes} bytes."] } });

    static async Task<Results<Ok<ImportJobResponse>, ProblemHttpResult>> Get(Guid id, RegistryDbContext db, CancellationToken ct)
    {
        var job = await db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);
        if (job is null) return Problems.NotFound("Import", id);
        var errors = db.ImportRowErrors.AsNoTracking().Where(e => e.ImportJobId == id);
        var count = await errors.CountAsync(ct);
        var first = await errors.OrderBy(e => e.Row).ThenBy(e => e.Id).Take(100).Select(e => new ImportRowErrorResponse(e.Row, e.Column, e.Message)).ToListAsync(ct);
        return TypedResults.Ok(ImportJobResponse.From(job, count, first));
    }

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ErrorReport(Guid id, RegistryDbContext db, CancellationToken ct)
    {
        var job = await db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);
        if (job is null) return Problems.NotFound("Import", id);
        var csv = new StringBuilder("row,column,message\n");
        await foreach (var e in db.ImportRowErrors.AsNoTracking().Where(e => e.ImportJobId == id).OrderBy(e => e.Row).ThenBy(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
            csv.Append(e.Row).Append(',').Append(CsvCell(e.Column)).Append(',').Append(CsvCell(e.Message)).Append('\n');
        var name = $"{Path.GetFileNameWithoutExtension(job.FileName)}-errors.csv";
        return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", name);
    }

    /// <summary>Quotes a cell and defuses formulas, since the report is made for opening in a spreadsheet.</summary>
    static string CsvCell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (SpreadsheetFormula.LooksLikeFormula(value)) value = "'" + value;
        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
