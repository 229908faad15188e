namespace SupplierDD.ServiceDefaults.Auth;

/// <summary>The roles tokens carry in their <c>role</c> claims.</summary>
public static class Roles
{
    /// <summary>Onboards suppliers, maps supply links, launches campaigns.</summary>
    public const string Procurement = "procurement";
    /// <summary>Reviews scores and screening hits, clears shipments.</summary>
    public const string RiskAnalyst = "risk-analyst";
    /// <summary>Everything, plus operations (Hangfire dashboard, list imports).</summary>
    public const string Admin = "admin";
    /// <summary>A supplier's own user; every read and write is scoped by the <c>supplier_id</c> claim.</summary>
    public const string Supplier = "supplier";

    /// <summary>Start of a service identity's role, <c>service:&lt;name&gt;</c>; only that service's own key may sign it.</summary>
    public const string ServicePrefix = "service:";

    /// <summary>The role of a service's own identity.</summary>
    public static string Service(string name) => ServicePrefix + name;

    /// <summary>All roles, for validation.</summary>
    public static readonly IReadOnlyList<string> All = [Procurement, RiskAnalyst, Admin, Supplier];
}

/// <summary>Authorization policies shared by every service.</summary>
public static class Policies
{
    /// <summary>Any internal user: procurement, risk-analyst or admin.</summary>
    public const string Internal = "internal";
    /// <summary>Procurement or admin.</summary>
    public const string Procurement = "procurement";
    /// <summary>Risk analyst or admin.</summary>
    public const string RiskAnalyst = "risk-analyst";
    /// <summary>Admin only.</summary>
    public const string Admin = "admin";
    /// <summary>Any internal user, or another service calling as itself (<c>service:&lt;name&gt;</c>): the registry's snapshot routes.</summary>
    public const string InternalOrService = "internal-or-service";
    /// <summary>
    /// Any internal user, or a supplier user reading its own supplier: the route's <c>{id}</c> must equal the
    /// token's <c>supplier_id</c> (the supplier portal reads its own record this way).
    /// </summary>
    public const string InternalOrOwnSupplier = "internal-or-own-supplier";
}

/// <summary>Claim names in SupplierDD tokens.</summary>
public static class ClaimNames
{
    /// <summary>The user's id.</summary>
    public const string Subject = "sub";
    /// <summary>One claim per role.</summary>
    public const string Role = "role";
    /// <summary>The supplier a supplier user belongs to.</summary>
    public const string SupplierId = "supplier_id";
}
