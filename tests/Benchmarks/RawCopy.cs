using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using SupplierDD.ServiceDefaults.Messaging;
using SupplierDD.SupplierRegistry.Suppliers;
using SupplierDD.SupplierRegistry.SupplyLinks;

namespace SupplierDD.Benchmarks;

/// <summary>
/// The import floor: the rows the import stores, written with Npgsql's binary COPY into the same tables
/// (same indexes, keys and foreign keys), one transaction per table group. Everything is prepared
/// before the clock starts, so this is the database's cost of taking the rows and nothing else.
/// </summary>
public sealed class RawCopy
{
    public required Supplier[] Suppliers { get; init; }
    public required SupplyLink[] Links { get; init; }
    /// <summary>Event rows as the import writes them (already marked sent, so the running dispatcher leaves them alone).</summary>
    public required OutboxMessage[] SupplierEvents { get; init; }
    public required OutboxMessage[] LinkEvents { get; init; }

    /// <summary>Builds the stored form of every generated row: the service's own name keys and event bodies.</summary>
    public static RawCopy Prepare(PvGraph graph)
    {
        var now = DateTimeOffset.UtcNow;
        const string by = "import:raw-copy";
        var suppliers = new Supplier[graph.Suppliers.Length];
        var supplierEvents = new OutboxMessage[suppliers.Length];
        for (var i = 0; i < suppliers.Length; i++)
        {
            var g = graph.Suppliers[i];
            var s = new Supplier
            {
                Id = Guid.CreateVersion7(now), Name = g.Name, LocalName = g.LocalName, RegistrationScheme = g.StoredScheme, RegistrationValue = g.Value,
                CountryCode = g.Country, RegionCode = g.Region, Roles = (SupplierRole)g.RolesFlags, ContactEmail = g.Email,
                Status = OnboardingStatus.Draft, Version = 1, CreatedAt = now, CreatedBy = by, UpdatedAt = now,
            };
            foreach (var alias in g.Aliases) s.Aliases.Add(new SupplierAlias { SupplierId = s.Id, Name = alias });
            s.NameKey = SupplierNames.Key(s.Name);
            s.SearchText = SupplierNames.SearchText(s);
            suppliers[i] = s;
            supplierEvents[i] = OutboxMessage.Create(SupplierDD.SupplierRegistry.Suppliers.SupplierEvents.Registered(s, by));
        }
        var links = new SupplyLink[graph.Links.Length];
        var linkEvents = new OutboxMessage[links.Length];
        for (var i = 0; i < links.Length; i++)
        {
            var g = graph.Links[i];
            links[i] = new SupplyLink
            {
                Id = Guid.CreateVersion7(now), UpstreamSupplierId = suppliers[g.Upstream].Id, DownstreamSupplierId = suppliers[g.Downstream].Id,
                Material = g.Material, SharePercent = g.Share, CreatedAt = now, CreatedBy = by,
            };
            linkEvents[i] = OutboxMessage.Create(SupplyLinksApi.LinkAdded(links[i], by, now));
        }
        return new RawCopy { Suppliers = suppliers, Links = links, SupplierEvents = supplierEvents, LinkEvents = linkEvents };
    }

    public static async Task TruncateAsync(NpgsqlDataSource db)
    {
        await using var cmd = db.CreateCommand(
            """TRUNCATE "SupplyLinks", "SupplierAliases", "Facilities", "StatusChanges", "Suppliers", "OutboxMessages", "ImportRowErrors", "ImportJobs" RESTART IDENTITY CASCADE""");
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Seconds to COPY the suppliers (and their aliases; and their event rows when asked) and commit.</summary>
    public async Task<double> CopySuppliersAsync(NpgsqlDataSource db, bool withEvents)
    {
        await using var conn = await db.OpenConnectionAsync();
        var sw = Stopwatch.StartNew();
        await using var tx = await conn.BeginTransactionAsync();
        await using (var w = await conn.BeginBinaryImportAsync(
            """COPY "Suppliers" ("Id","Name","LocalName","RegistrationScheme","RegistrationValue","Lei","CountryCode","RegionCode","Roles","ContactEmail","Status","NameKey","SearchText","Version","CreatedAt","CreatedBy","UpdatedAt") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var s in Suppliers)
            {
                w.StartRow();
                w.Write(s.Id, NpgsqlDbType.Uuid);
                w.Write(s.Name, NpgsqlDbType.Varchar);
                WriteNullable(w, s.LocalName);
                WriteNullable(w, s.RegistrationScheme);
                WriteNullable(w, s.RegistrationValue);
                WriteNullable(w, s.Lei);
                w.Write(s.CountryCode, NpgsqlDbType.Varchar);
                WriteNullable(w, s.RegionCode);
                w.Write((int)s.Roles, NpgsqlDbType.Integer);
                WriteNullable(w, s.ContactEmail);
                w.Write(s.Status.ToString(), NpgsqlDbType.Varchar);
                w.Write(s.NameKey, NpgsqlDbType.Varchar);
                w.Write(s.SearchText, NpgsqlDbType.Varchar);
                w.Write(s.Version, NpgsqlDbType.Integer);
                w.Write(s.CreatedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
                w.Write(s.CreatedBy, NpgsqlDbType.Varchar);
                w.Write(s.UpdatedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
            }
            await w.CompleteAsync();
        }
        await using (var w = await conn.BeginBinaryImportAsync("""COPY "SupplierAliases" ("SupplierId","Name") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var s in Suppliers)
                foreach (var a in s.Aliases)
                {
                    w.StartRow();
                    w.Write(a.SupplierId, NpgsqlDbType.Uuid);
                    w.Write(a.Name, NpgsqlDbType.Varchar);
                }
            await w.CompleteAsync();
        }
        if (withEvents) await CopyEventsAsync(conn, SupplierEvents, sent: true);
        await tx.CommitAsync();
        return sw.Elapsed.TotalSeconds;
    }

    /// <summary>Seconds to COPY the links (and their event rows when asked) and commit.</summary>
    public async Task<double> CopyLinksAsync(NpgsqlDataSource db, bool withEvents)
    {
        await using var conn = await db.OpenConnectionAsync();
        var sw = Stopwatch.StartNew();
        await using var tx = await conn.BeginTransactionAsync();
        await using (var w = await conn.BeginBinaryImportAsync(
            """COPY "SupplyLinks" ("Id","UpstreamSupplierId","DownstreamSupplierId","Material","SharePercent","UpstreamFacilityId","CreatedAt","CreatedBy") FROM STDIN (FORMAT BINARY)"""))
        {
            foreach (var l in Links)
            {
                w.StartRow();
                w.Write(l.Id, NpgsqlDbType.Uuid);
                w.Write(l.UpstreamSupplierId, NpgsqlDbType.Uuid);
                w.Write(l.DownstreamSupplierId, NpgsqlDbType.Uuid);
                w.Write(l.Material, NpgsqlDbType.Varchar);
                if (l.SharePercent is { } share) w.Write(share, NpgsqlDbType.Numeric);
                else w.WriteNull();
                w.WriteNull();
                w.Write(l.CreatedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
                w.Write(l.CreatedBy, NpgsqlDbType.Varchar);
            }
            await w.CompleteAsync();
        }
        if (withEvents) await CopyEventsAsync(conn, LinkEvents, sent: true);
        await tx.CommitAsync();
        return sw.Elapsed.TotalSeconds;
    }

    /// <summary>Writes outbox rows; <paramref name="sent"/> false leaves them for the dispatcher.</summary>
    public static async Task CopyEventsAsync(NpgsqlConnection conn, IEnumerable<OutboxMessage> events, bool sent)
    {
        var sentAt = DateTime.UtcNow;
        await using var w = await conn.BeginBinaryImportAsync(
            """COPY "OutboxMessages" ("MessageId","MessageType","Body","CreatedAt","SentAt","Attempts") FROM STDIN (FORMAT BINARY)""");
        foreach (var e in events)
        {
            w.StartRow();
            w.Write(e.MessageId, NpgsqlDbType.Uuid);
            w.Write(e.MessageType, NpgsqlDbType.Varchar);
            w.Write(e.Body, NpgsqlDbType.Text);
            w.Write(e.CreatedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
            if (sent) w.Write(sentAt, NpgsqlDbType.TimestampTz);
            else w.WriteNull();
            w.Write(0, NpgsqlDbType.Integer);
        }
        await w.CompleteAsync();
    }

    static void WriteNullable(NpgsqlBinaryImporter w, string? value)
    {
        if (value is null) w.WriteNull();
        else w.Write(value, NpgsqlDbType.Varchar);
    }
}
