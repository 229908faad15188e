namespace SupplierDD.ServiceDefaults.Auth;

/// <summary>Token validation settings, bound from the <c>Auth</c> section (checked by <see cref="AuthOptionsValidator"/>).</summary>
public sealed class AuthOptions
{
    /// <summary>Issuer of every SupplierDD token.</summary>
    public const string Issuer = "supplierdd";

    /// <summary>HS256 key shared by the Web app (which mints tokens) and the services (which validate them). At least 32 bytes.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>
    /// The audience this service accepts (<see cref="Audiences"/>): a token the Web app minted for another service is refused
    /// here. Required by the services; the Web app, which only mints, leaves it empty.
    /// </summary>
    public string Audience { get; set; } = "";

    /// <summary>
    /// Other services' own identities this service trusts, by service name: a token signed with such a key is accepted only
    /// when it carries that service's role (<c>service:&lt;name&gt;</c>) and nothing else, so the key cannot mint a user.
    /// </summary>
    public Dictionary<string, ServiceIdentityKey> ServiceIdentities { get; set; } = new(StringComparer.Ordinal);

    /// <summary>This service's own identity for calls to other services, if it makes any (risk scoring reading the registry's snapshots).</summary>
    public ServiceIdentityOptions? Identity { get; set; }
}

/// <summary>A key another service signs its own identity tokens with.</summary>
public sealed class ServiceIdentityKey
{
    /// <summary>HS256 key, at least 32 bytes; the same value as that service's <c>Auth:Identity:SigningKey</c>.</summary>
    public string SigningKey { get; set; } = "";
}

/// <summary>This service's own identity: tokens with subject and role <c>service:&lt;Name&gt;</c>, signed with a key only it and its callees hold.</summary>
public sealed class ServiceIdentityOptions
{
    /// <summary>The service's name, e.g. <c>risk-scoring</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>HS256 key, at least 32 bytes; the services it calls list it under <c>Auth:ServiceIdentities:&lt;Name&gt;</c>.</summary>
    public string SigningKey { get; set; } = "";
}

/// <summary>The audience of each service's tokens (issuer is always <see cref="AuthOptions.Issuer"/>).</summary>
public static class Audiences
{
    /// <summary>Supplier registry.</summary>
    public const string SupplierRegistry = "supplierdd-registry";
    /// <summary>Risk scoring.</summary>
    public const string RiskScoring = "supplierdd-risk";
}
