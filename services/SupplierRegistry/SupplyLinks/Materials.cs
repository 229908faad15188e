using SupplierDD.Contracts;
using SupplierDD.Standards.Csv;
using SupplierDD.SupplierRegistry.Suppliers;

namespace SupplierDD.SupplierRegistry.SupplyLinks;

/// <summary>Material names: a role name is written the canonical way ("polysilicon" → "Polysilicon"); anything else is kept as typed.</summary>
public static class Materials
{
    public static string? Normalize(string? raw, string field, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            SupplierInput.Add(errors, field, $"is required, e.g. {string.Join(", ", SupplierRoles.All.Take(6))}.");
            return null;
        }
        if (SpreadsheetFormula.LooksLikeFormula(raw))
        {
            SupplierInput.Add(errors, field, "must not start with =, +, - or @ (spreadsheet formula).");
            return null;
        }
        var text = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > FieldLimits.Material)
        {
            SupplierInput.Add(errors, field, $"at most {FieldLimits.Material} characters.");
            return null;
        }
        return SupplierRoles.TryParse(text, out var role) ? role.ToString() : text;
    }

    public static decimal? Share(decimal? share, string field, IDictionary<string, string[]> errors)
    {
        if (share is null) return null;
        if (share is <= 0 or > 100) SupplierInput.Add(errors, field, "must be greater than 0 and at most 100.");
        return share is null ? null : Math.Round(share.Value, 2);
    }
}
