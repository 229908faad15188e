using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SupplierDD.Web.BackOffice;
using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>
/// The audit log of risk decisions (reviews, overrides, screening decisions), newest first, filtered by subject, and a
/// check of its hash chain: intact, or the first entry that was changed, removed or re-linked. Risk analysts only.
/// </summary>
public sealed class AuditModel(IRiskApi risk, UserNames users) : PageModel
{
    public const int PageSize = 50;

    public string? Subject { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public PagedList<AuditEntry> Result { get; private set; } = new([], 1, PageSize, 0);
    /// <summary>Set when the page was asked to verify the chain.</summary>
    public AuditVerification? Verification { get; private set; }
    public UserNames Users => users;

    public async Task OnGetAsync(string? subject, bool? verify, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        Subject = string.IsNullOrWhiteSpace(subject) ? null : subject.Trim();
        PageNumber = Math.Max(1, pageNumber ?? 1);
        var entries = risk.ListAudit(Subject, PageNumber, PageSize, ct);
        var check = verify == true ? risk.VerifyAudit(ct) : Task.FromResult<AuditVerification>(null!);
        await Task.WhenAll(entries, check);
        Result = entries.Result;
        Verification = check.Result;
        await users.LoadAsync(Result.Items.Select(e => e.Actor), ct);
    }

    public string Link(int? page = null, bool verify = false, string? subject = null) => RiskFormat.Query("/risk/audit",
        ("subject", subject ?? Subject), ("verify", verify ? "true" : null), ("page", RiskFormat.Number(page ?? 1, 1)));

    /// <summary>
    /// The page holding the first broken entry. Sequences run 1, 2, 3 … without gaps and the log is newest first, so
    /// entry n of a log of t entries is on page (t − n) / size + 1. Only without a subject filter, which changes the pages.
    /// </summary>
    public string? BrokenEntryLink() => Verification is { Intact: false, FirstBrokenSequence: { } n } && Subject is null && n <= Result.Total
        ? Link(page: (int)((Result.Total - n) / PageSize) + 1, verify: true) + $"#entry-{n}"
        : null;

    public Pager Pager => new(Result.Page, Result.PageSize, Result.Total, p => Link(page: p));

    /// <summary>Where a subject such as <c>supplier/{id}</c> is shown, if the back-office shows it.</summary>
    public static string? SubjectLink(string subject) =>
        subject.StartsWith("supplier/", StringComparison.Ordinal) && Guid.TryParse(subject["supplier/".Length..], out var id) ? $"/risk/suppliers/{id}" : null;

    /// <summary>The entry's data as name/value pairs (nested values as compact JSON); the raw text if it is not an object.</summary>
    public static IReadOnlyList<(string Name, string Value)> Fields(string data)
    {
        try
        {
            using var doc = JsonDocument.Parse(data);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return [("", data)];
            return doc.RootElement.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null)
                .Select(p => (p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : p.Value.GetRawText())).ToList();
        }
        catch (JsonException)
        {
            return [("", data)];
        }
    }
}
