using Microsoft.EntityFrameworkCore;
using SupplierDD.Standards.Csv;
using SupplierDD.SupplierRegistry.Data;
using SupplierDD.SupplierRegistry.Suppliers;

namespace SupplierDD.SupplierRegistry.Imports;

/// <summary>Suppliers CSV: upsert by registration id, so importing the same file twice changes nothing.</summary>
public static class SupplierCsvImport
{
    public static readonly IReadOnlyList<string> Columns = ["name", "local_name", "aliases", "registration_id", "country_code", "region_code", "roles", "contact_email"];

    /// <summary>Columns a file may add to the required ones.</summary>
    public static readonly IReadOnlyList<string> OptionalColumns = ["lei"];

    /// <summary>API field names → CSV columns, so a row error names the column the user sees.</summary>
    static readonly Dictionary<string, string> ColumnOf = new()
    {
        ["name"] = "name", ["localName"] = "local_name", ["registrationId.scheme"] = "registration_id", ["registrationId.value"] = "registration_id",
        ["countryCode"] = "country_code", ["regionCode"] = "region_code", ["roles"] = "roles", ["contactEmail"] = "contact_email", ["aliases"] = "aliases", ["lei"] = "lei",
    };

    public static async Task RunAsync(RegistryDbContext db, ImportJob job, Stream file, int batchSize, TimeProvider time, CancellationToken ct)
    {
        // One read of every registration id up front: per-batch look-ups cost a query each, planned on stale
        // statistics while the import itself grows the table.
        var known = await RegistrationIndex.LoadAsync(db, ct);
        using var reader = new CsvReader(file);
        var header = CsvHeader.Read(reader, Columns, OptionalColumns);
        var firstRowOf = new Dictionary<(string?, string?), int>();
        var batch = new List<(int Row, SupplierInput Input)>();
        var chunk = new ImportChunk();
        while (reader.TryReadRow(out var cells))
        {
            chunk.Rows++;
            if (Parse(header, cells, reader.RowNumber, chunk) is { } input)
            {
                var key = (input.RegistrationScheme, input.RegistrationValue);
                if (firstRowOf.TryAdd(key, reader.RowNumber)) batch.Add((reader.RowNumber, input));
                else chunk.Fail(reader.RowNumber, "registration_id", $"same registration id as row {firstRowOf[key]}; each supplier once per file.");
            }
            if (chunk.Rows >= batchSize)
            {
                await WriteAsync(db, job, known, batch, chunk, time, ct);
                batch.Clear();
                chunk = new ImportChunk();
            }
        }
        if (chunk.Rows > 0) await WriteAsync(db, job, known, batch, chunk, time, ct);
    }

    static SupplierInput? Parse(CsvHeader header, string[] cells, int row, ImportChunk chunk)
    {
        var failed = false;
        foreach (var column in Columns.Concat(OptionalColumns))
        {
            if (SpreadsheetFormula.LooksLikeFormula(header.Get(cells, column)))
            {
                chunk.Fail(row, column, "starts with =, +, - or @: it would run as a formula in a spreadsheet; remove the leading character.");
                failed = true;
            }
        }
        if (failed) return null;

        var roles = new List<SupplierRole>();
        foreach (var text in List(header.Get(cells, "roles")))
        {
            if (SupplierRoles.TryParse(text, out var role)) roles.Add(role);
            else
            {
                chunk.Fail(row, "roles", $"unknown role '{text}'; expected any of {string.Join(", ", SupplierRoles.All)} separated by |.");
                failed = true;
            }
        }
        var registration = header.Get(cells, "registration_id");
        if (string.IsNullOrWhiteSpace(registration))
        {
            chunk.Fail(row, "registration_id", "is required: the import matches suppliers by it (SCHEME:VALUE, or a bare USCC for CN).");
            failed = true;
        }
        var (scheme, value) = RegistrationSchemes.Split(registration ?? "");
        var draft = new SupplierDraft(header.Get(cells, "name"), header.Get(cells, "local_name"), List(header.Get(cells, "aliases")),
            scheme, value, header.Get(cells, "lei"), header.Get(cells, "country_code"), header.Get(cells, "region_code"), roles, header.Get(cells, "contact_email"));
        var errors = new Dictionary<string, string[]>();
        var input = SupplierInput.Validate(draft, errors);
        foreach (var (field, messages) in errors)
        {
            var column = ColumnOf.GetValueOrDefault(field) ?? (field.StartsWith("aliases", StringComparison.Ordinal) ? "aliases" : field);
            foreach (var message in messages) chunk.Fail(row, column, message);
        }
        return failed ? null : input;
    }

    static List<string> List(string? cell) =>
        string.IsNullOrWhiteSpace(cell) ? [] : cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    static async Task WriteAsync(RegistryDbContext db, ImportJob job, RegistrationIndex known,
        List<(int Row, SupplierInput Input)> batch, ImportChunk chunk, TimeProvider time, CancellationToken ct)
    {
        var existingIds = batch.Select(b => known.TryGet(b.Input.RegistrationScheme, b.Input.RegistrationValue, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).ToList();
        var existing = existingIds.Count == 0
            ? []
            : (await db.Suppliers.Include(s => s.Aliases).Include(s => s.Facilities).AsSplitQuery()
                .Where(s => existingIds.Contains(s.Id)).ToListAsync(ct))
            .ToDictionary(s => (s.RegistrationScheme, s.RegistrationValue));
        var now = time.GetUtcNow();
        var by = $"import:{job.Id}";
        foreach (var (_, input) in batch)
        {
            if (existing.TryGetValue((input.RegistrationScheme, input.RegistrationValue), out var supplier))
            {
                if (SupplierWriter.Update(db, supplier, input, by, now).Count > 0) chunk.Updated++;
                else chunk.Unchanged++;
            }
            else
            {
                var created = SupplierWriter.New(input, by, now);
                chunk.NewSuppliers.Add(created);
                chunk.Publish(SupplierEvents.Registered(created, by));
                chunk.Created++;
            }
        }
        await chunk.CommitAsync(db, job, ct);
    }
}
