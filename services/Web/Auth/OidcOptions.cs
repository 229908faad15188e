namespace SupplierDD.Web.Auth;

/// <summary>
/// Bound from <c>Auth:Oidc</c>: single sign-on for internal users with an OpenID Connect provider
/// (Entra ID, Keycloak, Okta, …). Off while <see cref="Authority"/> is empty.
/// </summary>
public sealed class OidcOptions
{
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    /// <summary>Shown on the sign-in button.</summary>
    public string DisplayName { get; set; } = "Single sign-on";
    /// <summary>The ID-token claim that lists the user's groups or roles.</summary>
    public string RoleClaim { get; set; } = "roles";
    /// <summary>
    /// Provider value → SupplierDD role (procurement, risk-analyst, admin). Values that already are
    /// SupplierDD role names map to themselves. A user with no mapped role cannot sign in.
    /// </summary>
    public Dictionary<string, string> RoleMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
