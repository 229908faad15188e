using System.Net.Mail;
using SupplierDD.Contracts;
using SupplierDD.Standards.Countries;
using SupplierDD.Standards.Csv;
using SupplierDD.Standards.Identifiers;

namespace SupplierDD.SupplierRegistry.Suppliers;

/// <summary>Supplier fields as a caller typed them, from JSON or a CSV row.</summary>
public sealed record SupplierDraft(
    string? Name,
    string? LocalName,
    IReadOnlyList<string>? Aliases,
    string? RegistrationScheme,
    string? RegistrationValue,
    string? Lei,
    string? CountryCode,
    string? RegionCode,
    IReadOnlyList<SupplierRole>? Roles,
    string? ContactEmail);

/// <summary>Supplier fields after validation and normalisation: safe to store.</summary>
public sealed record SupplierInput(
    string Name,
    string? LocalName,
    IReadOnlyList<string> Aliases,
    string? RegistrationScheme,
    string? RegistrationValue,
    string? Lei,
    string CountryCode,
    string? RegionCode,
    SupplierRole Roles,
    string? ContactEmail)
{
    /// <summary>
    /// Validates every field and reports all problems at once, keyed by the API's field names
    /// (<c>countryCode</c>, <c>registrationId.value</c>, ...).
    /// </summary>
    public static SupplierInput? Validate(SupplierDraft draft, IDictionary<string, string[]> errors)
    {
        var name = Text(draft.Name, "name", FieldLimits.Name, errors, required: true);
        var localName = Text(draft.LocalName, "localName", FieldLimits.Name, errors, required: false);
        var aliases = new List<string>();
        for (var i = 0; i < (draft.Aliases?.Count ?? 0); i++)
        {
            var alias = Text(draft.Aliases![i], $"aliases[{i}]", FieldLimits.Name, errors, required: false);
            if (alias is not null && !aliases.Contains(alias, StringComparer.OrdinalIgnoreCase) && !string.Equals(alias, name, StringComparison.OrdinalIgnoreCase))
                aliases.Add(alias);
        }
        if (aliases.Count > FieldLimits.MaxAliases) Add(errors, "aliases", $"at most {FieldLimits.MaxAliases} aliases.");

        var country = Iso3166.NormalizeCountry(draft.CountryCode);
        if (string.IsNullOrWhiteSpace(draft.CountryCode)) Add(errors, "countryCode", "is required (ISO 3166-1 alpha-2, e.g. CN).");
        else if (country is null) Add(errors, "countryCode", $"'{draft.CountryCode}' is not an ISO 3166-1 alpha-2 country code.");

        var region = ValidateRegion(draft.RegionCode, country, "regionCode", errors);
        var (scheme, value) = ValidateRegistration(draft.RegistrationScheme, draft.RegistrationValue, country, errors);

        string? lei = null;
        if (!string.IsNullOrWhiteSpace(draft.Lei))
        {
            lei = LegalEntityIdentifier.Normalize(draft.Lei);
            if (LegalEntityIdentifier.Explain(lei) is { } problem) Add(errors, "lei", $"'{draft.Lei}' is not a valid LEI: {problem}.");
        }

        string? email = null;
        if (!string.IsNullOrWhiteSpace(draft.ContactEmail))
        {
            email = draft.ContactEmail.Trim();
            if (email.Length > 320 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.', StringComparison.Ordinal))
                Add(errors, "contactEmail", $"'{draft.ContactEmail}' is not an email address.");
        }

        if (draft.Roles?.Any(r => r == SupplierRole.None || !SupplierRoles.All.Contains(r)) == true)
            Add(errors, "roles", $"unknown role; expected any of {string.Join(", ", SupplierRoles.All)}.");

        if (errors.Count > 0) return null;
        return new SupplierInput(name!, localName, aliases, scheme, value, lei, country!, region, SupplierRoles.Combine(draft.Roles), email);
    }

    /// <summary>Region must exist and belong to the country; China's pre-2017 numeric codes are mapped to today's.</summary>
    public static string? ValidateRegion(string? raw, string? country, string field, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var region = Iso3166.FindRegion(raw);
        if (region is null)
        {
            Add(errors, field, $"'{raw}' is not an ISO 3166-2 region code (e.g. CN-XJ).");
            return null;
        }
        if (country is not null && !string.Equals(region.CountryCode, country, StringComparison.OrdinalIgnoreCase))
        {
            Add(errors, field, $"'{region.Code}' ({region.Name}) is a region of {region.CountryCode}, not of {country}.");
            return null;
        }
        return region.Code;
    }

    static (string? Scheme, string? Value) ValidateRegistration(string? rawScheme, string? rawValue, string? country, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(rawValue))
        {
            if (!string.IsNullOrWhiteSpace(rawScheme)) Add(errors, "registrationId.value", "is required when a scheme is given.");
            return (null, null);
        }
        var scheme = string.IsNullOrWhiteSpace(rawScheme) ? null : rawScheme.Trim().ToUpperInvariant();
        if (scheme is null)
        {
            if (country != "CN")
            {
                Add(errors, "registrationId.scheme", "is required outside China, e.g. DE-HRB, VN-ERC, US-EIN (China's USCC is assumed for CN).");
                return (null, null);
            }
            scheme = RegistrationSchemes.Uscc;
        }
        if (!RegistrationSchemes.IsWellFormed(scheme))
        {
            Add(errors, "registrationId.scheme", $"'{rawScheme}' must be 2-20 letters, digits or hyphens.");
            return (null, null);
        }
        if (scheme == RegistrationSchemes.Uscc)
        {
            var uscc = UnifiedSocialCreditCode.Normalize(rawValue);
            if (UnifiedSocialCreditCode.Explain(uscc) is { } problem)
            {
                Add(errors, "registrationId.value", $"'{rawValue}' is not a valid Unified Social Credit Code: {problem}.");
                return (null, null);
            }
            return (scheme, uscc);
        }
        var value = string.Join(' ', rawValue.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        if (value.Length > FieldLimits.RegistrationValue) Add(errors, "registrationId.value", $"at most {FieldLimits.RegistrationValue} characters.");
        if (SpreadsheetFormula.LooksLikeFormula(value)) Add(errors, "registrationId.value", "must not start with =, +, - or @ (spreadsheet formula).");
        return (scheme, value);
    }

    static string? Text(string? raw, string field, int max, IDictionary<string, string[]> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            if (required) Add(errors, field, "is required.");
            return null;
        }
        var text = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(System.Text.NormalizationForm.FormC);
        if (text.Length > max) Add(errors, field, $"at most {max} characters.");
        else if (text.Any(char.IsControl)) Add(errors, field, "must not contain control characters.");
        else if (SpreadsheetFormula.LooksLikeFormula(raw)) Add(errors, field, "must not start with =, +, - or @: it would run as a formula when the data is opened in a spreadsheet.");
        return text;
    }

    public static void Add(IDictionary<string, string[]> errors, string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
}

public static class RegistrationSchemes
{
    /// <summary>China's Unified Social Credit Code (GB 32100-2015).</summary>
    public const string Uscc = "USCC";

    public static bool IsWellFormed(string scheme) =>
        scheme.Length >= 2 && scheme.Length <= FieldLimits.RegistrationScheme && scheme.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-');

    /// <summary>Splits <c>SCHEME:VALUE</c>; a bare value has no scheme.</summary>
    public static (string? Scheme, string Value) Split(string text)
    {
        var colon = text.IndexOf(':');
        return colon > 0 && IsWellFormed(text[..colon].Trim().ToUpperInvariant())
            ? (text[..colon].Trim(), text[(colon + 1)..].Trim())
            : (null, text.Trim());
    }
}
