using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Refit;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Localization;
using SupplierDD.Web.Pages.Suppliers;

namespace SupplierDD.Web.Pages.Imports;

/// <summary>
/// One import's progress. import-progress.js polls <see cref="OnGetStatusAsync"/> until the job is finished; without
/// scripts the page refreshes itself. The error report is served from here, so the browser never talks to the registry.
/// </summary>
public sealed class ProgressModel(IRegistryApi registry, IStringLocalizer<BackOfficeResource> L, ILogger<ProgressModel> logger) : PageModel
{
    public ImportProgress Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } job) return NotFound();
        Job = job;
        return Page();
    }

    public async Task<IActionResult> OnGetStatusAsync(Guid id, CancellationToken ct)
    {
        try
        {
            return await FindAsync(id, ct) is { } job ? new JsonResult(job) : NotFound();
        }
        catch (Exception e) when (ServiceProblems.IsUnavailable(e))
        {
            // The script keeps polling, more slowly; the log has the details under this trace id.
            var traceId = RegistryCalls.TraceId(HttpContext);
            logger.LogWarning(e, "The supplier registry did not answer an import status poll (trace {TraceId})", traceId);
            return StatusCode(StatusCodes.Status503ServiceUnavailable, new { title = L["The supplier registry is not answering."].Value, traceId });
        }
    }

    /// <summary>Every row error as CSV, fetched from the registry with the signed-in user's token.</summary>
    public async Task<IActionResult> OnGetErrorsAsync(Guid id, CancellationToken ct)
    {
        var report = await registry.GetImportErrorReport(id, ct);
        HttpContext.Response.RegisterForDispose(report);
        if (report.StatusCode == HttpStatusCode.NotFound) return NotFound();
        if (!report.IsSuccessStatusCode)
            throw new HttpRequestException($"The registry answered {(int)report.StatusCode} for the error report of import {id}.", null, report.StatusCode);
        return File(await report.Content.ReadAsStreamAsync(ct), "text/csv; charset=utf-8", $"import-{id:N}-errors.csv");
    }

    async Task<ImportProgress?> FindAsync(Guid id, CancellationToken ct)
    {
        try
        {
            return ImportProgress.From(await registry.GetImport(id, ct), L);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}

/// <summary>An import job as the progress page and its script show it.</summary>
public sealed record ImportProgress(
    Guid Id, string Kind, string KindLabel, string Status, string StatusLabel, string FileName, int TotalRows, int RowsDone, double PercentDone,
    int Created, int Updated, int Unchanged, int Failed, string? Message, int ErrorCount, IReadOnlyList<ImportRowError> Errors,
    bool Finished, string ErrorReportUrl, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt)
{
    public static ImportProgress From(ImportJob job, IStringLocalizer L) => new(
        job.Id, job.Kind, job.Kind == "SupplyLinks" ? L["Supply links"] : L["Suppliers"],
        job.Status, LabelOf(job.Status, L), job.FileName, job.TotalRows, job.RowsDone, Math.Clamp(job.PercentDone, 0, 100),
        job.Created, job.Updated, job.Unchanged, job.Failed, job.Message, job.ErrorCount, job.Errors,
        job.Status is "Completed" or "Failed", $"/imports/{job.Id}?handler=Errors", job.CreatedAt, job.FinishedAt);

    static string LabelOf(string status, IStringLocalizer L) => status switch
    {
        "Queued" => L["Waiting to start"],
        "Running" => L["Importing"],
        "Completed" => L["Finished"],
        "Failed" => L["Import failed"],
        _ => status,
    };

    public string BarClass => Status switch
    {
        "Completed" => Failed > 0 ? "bg-warning text-dark" : "bg-success",
        "Failed" => "bg-danger",
        _ => "progress-bar-striped progress-bar-animated",
    };
}
