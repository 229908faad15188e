using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Refit;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Localization;

namespace SupplierDD.Web.Pages.Risk;

/// <summary>
/// Screens names typed or pasted by anyone in the back-office (one per line, at most 100) against the current entity
/// lists, before a supplier is even registered. Nothing is stored; the results show which words matched.
/// </summary>
public sealed partial class CheckModel(IRiskApi risk, IStringLocalizer<BackOfficeResource> L, ILogger<CheckModel> logger) : PageModel
{
    public const int MaxNames = 100;

    [BindProperty] public CheckForm Input { get; set; } = new();
    public CheckResponse? Result { get; private set; }
    /// <summary>The names sent, in order: the service's <c>names[i]</c> errors point into this list.</summary>
    public IReadOnlyList<string> Sent { get; private set; } = [];

    public sealed class CheckForm
    {
        public string? Names { get; set; }
        public string? Country { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Sent = (Input.Names ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        if (Sent.Count == 0) ModelState.AddModelError("Input.Names", L["Enter at least one name, one per line."]);
        else if (Sent.Count > MaxNames) ModelState.AddModelError("Input.Names", L["At most {0} names per check; there are {1}. Split the list.", MaxNames, Sent.Count]);
        var country = string.IsNullOrWhiteSpace(Input.Country) ? null : Input.Country.Trim().ToUpperInvariant();
        if (!ModelState.IsValid) return Page();

        try
        {
            Result = await risk.Check(new CheckRequest(Sent, country), ct);
        }
        catch (ApiException e) when (e.StatusCode == HttpStatusCode.BadRequest && ServiceProblems.Read(e) is { Errors.Count: > 0 } problem)
        {
            // names[3] is the fourth name sent: said with that name, next to the names field.
            foreach (var (field, messages) in problem.Errors)
            foreach (var message in messages)
            {
                if (field == "country") ModelState.AddModelError("Input.Country", $"{L["Country"]}: {message}");
                else if (NameIndex().Match(field) is { Success: true } m && int.Parse(m.Groups[1].Value) is var i && i < Sent.Count)
                    ModelState.AddModelError("Input.Names", L["Name {0} (“{1}”) {2}", i + 1, Sent[i], message]);
                else ModelState.AddModelError("Input.Names", $"{L["Names"]}: {message}");
            }
        }
        catch (Exception e) when (RiskCalls.Handles(e))
        {
            RiskCalls.Report(e, ModelState, HttpContext, logger, L, "Input", new Dictionary<string, string>(), new Dictionary<string, string>());
        }
        return Page();
    }

    public string? ErrorFor(string key) => RiskCalls.ErrorFor(ModelState, key);

    [GeneratedRegex(@"^names\[(\d+)\]$")]
    private static partial Regex NameIndex();
}
