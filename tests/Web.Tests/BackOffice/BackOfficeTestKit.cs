using System.Net.Http.Headers;
using SupplierDD.Standards.Identifiers;
using SupplierDD.Web.Tests.Infrastructure;

namespace SupplierDD.Web.Tests.BackOffice;

/// <summary>Small helpers the back-office tests share: fresh names and ids, tokens, uploads.</summary>
public static class BackOfficeTestKit
{
    /// <summary>A word no other test uses, to search for exactly the suppliers a test seeded.</summary>
    public static string Token() => "T" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>A valid Unified Social Credit Code (GB 32100 check character and GB 11714 organisation check) that no other test uses.</summary>
    public static string NewUscc()
    {
        const string body = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var organization = new string(Enumerable.Range(0, 8).Select(_ => body[Random.Shared.Next(body.Length)]).ToArray());
        var first17 = "91320500" + organization + OrganizationCheck(organization);
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    static char OrganizationCheck(string organization)
    {
        const string values = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = organization.Select((c, i) => values.IndexOf(c) * weights[i]).Sum();
        return (11 - sum % 11) switch { 10 => 'X', 11 => '0', var digit => (char)('0' + digit) };
    }

    /// <summary>The antiforgery token of the signed-in user, from any page with a form (the layout's sign-out form at least).</summary>
    public static string AntiforgeryToken(Page page) =>
        page.Find("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>Posts a CSV to the import page's handler ("Suppliers" or "Links") the way the browser's multipart form does.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(PageClient browser, string handler, string field, string fileName, string? csv)
    {
        var page = await browser.GetAsync("/imports");
        using var form = new MultipartFormDataContent { { new StringContent(AntiforgeryToken(page)), "__RequestVerificationToken" } };
        if (csv is not null)
        {
            var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, field, fileName);
        }
        return await browser.Http.PostAsync($"/imports?handler={handler}", form);
    }

    /// <summary>GETs a JSON handler the way the pages' scripts do.</summary>
    public static async Task<HttpResponseMessage> GetJsonAsync(PageClient browser, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await browser.Http.SendAsync(request);
    }
}
