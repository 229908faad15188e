using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SupplierDD.Web.Tests.Infrastructure;

/// <summary>A page as the browser got it: status, redirect target and the parsed HTML.</summary>
public sealed record Page(HttpResponseMessage Response, IHtmlDocument Document, string Html)
{
    public HttpStatusCode Status => Response.StatusCode;
    public string? RedirectedTo => Response.Headers.Location?.OriginalString;
    public IElement? Find(string selector) => Document.QuerySelector(selector);
    public IReadOnlyList<IElement> FindAll(string selector) => Document.QuerySelectorAll(selector).ToList();
    public string Text => Document.Body?.TextContent ?? "";

    /// <summary>The validation message shown next to a field (the asp-validation-for span), or "".</summary>
    public string FieldError(string field) =>
        Document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";
}

/// <summary>
/// Drives the Web app like a browser without JavaScript: GETs pages, fills and posts their forms (with the
/// antiforgery token the form carries), keeps cookies, and follows redirects only when asked.
/// </summary>
public sealed class PageClient(HttpClient http)
{
    static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<Page> GetAsync(string url)
    {
        var response = await http.GetAsync(url);
        return await ReadAsync(response);
    }

    /// <summary>GETs and follows redirects (up to 10) to the final page.</summary>
    public async Task<Page> GetFollowingAsync(string url) => await FollowAsync(await GetAsync(url));

    public async Task<Page> FollowAsync(Page page)
    {
        for (var i = 0; i < 10 && page.RedirectedTo is { } next; i++) page = await GetAsync(next);
        return page;
    }

    /// <summary>
    /// Submits the form matching <paramref name="formSelector"/> on <paramref name="page"/>: its current field values
    /// (hidden ones included, so the antiforgery token goes along) overridden by <paramref name="fields"/>.
    /// </summary>
    public async Task<Page> SubmitAsync(Page page, string formSelector, IDictionary<string, string>? fields = null, string? submitName = null)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on the page:\n{page.Html}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked && !string.IsNullOrEmpty(box.Name)) values.Add(new(box.Name, box.Value));
                    break;
                case IHtmlInputElement { Type: "submit" or "button" or "file" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    foreach (var option in select.Options.Where(o => o.IsSelected)) values.Add(new(select.Name, option.Value));
                    break;
            }
        }
        if (fields is not null)
        {
            foreach (var key in fields.Keys) values.RemoveAll(v => v.Key == key);
            values.AddRange(fields);
        }
        if (submitName is not null) values.Add(new(submitName, ""));
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Response.RequestMessage!.RequestUri!.PathAndQuery;
        var response = await http.PostAsync(action, new FormUrlEncodedContent(values));
        return await ReadAsync(response);
    }

    /// <summary>Signs in through the sign-in page; fails the test if it does not work.</summary>
    public async Task SignInAsync(string email, string password)
    {
        var login = await GetAsync("/account/login");
        var result = await SubmitAsync(login, "form[method=post]:not([action])", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.True(result.Status == HttpStatusCode.Redirect, $"sign-in as {email} failed ({(int)result.Status}):\n{result.Text}");
    }

    static async Task<Page> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, Parser.ParseDocument(html), html);
    }
}
