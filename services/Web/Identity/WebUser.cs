using Microsoft.AspNetCore.Identity;

namespace SupplierDD.Web.Identity;

/// <summary>
/// A person who signs in to the Web app: an internal user (roles procurement, risk-analyst, admin) or a
/// supplier user, who belongs to exactly one supplier (<see cref="SupplierId"/>) and has the role supplier.
/// </summary>
public sealed class WebUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    /// <summary>Set for supplier users only; every token minted for them carries it as <c>supplier_id</c>.</summary>
    public Guid? SupplierId { get; set; }
    /// <summary>UI and email language: <c>en</c> or <c>zh-CN</c>.</summary>
    public string Language { get; set; } = "en";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Who created the account (an invitation's sender, or "configuration" for seeded accounts).</summary>
    public string? CreatedBy { get; set; }
}
