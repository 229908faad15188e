namespace SupplierDD.SupplierRegistry.Suppliers;

/// <summary>Roles in the PV chain. Flags so a supplier (or facility) can hold several in one column.</summary>
[Flags]
public enum SupplierRole
{
    None = 0,
    Quartz = 1 << 0,
    MetallurgicalSilicon = 1 << 1,
    Polysilicon = 1 << 2,
    Ingot = 1 << 3,
    Wafer = 1 << 4,
    Cell = 1 << 5,
    Module = 1 << 6,
    Glass = 1 << 7,
    Frame = 1 << 8,
    Encapsulant = 1 << 9,
    Backsheet = 1 << 10,
    Other = 1 << 11,
}

public static class SupplierRoles
{
    public static readonly IReadOnlyList<SupplierRole> All = Enum.GetValues<SupplierRole>().Where(r => r != SupplierRole.None).ToArray();

    public static SupplierRole Combine(IEnumerable<SupplierRole>? roles) =>
        roles?.Aggregate(SupplierRole.None, (all, r) => all | r) ?? SupplierRole.None;

    public static IReadOnlyList<SupplierRole> Split(SupplierRole roles) => All.Where(r => roles.HasFlag(r)).ToArray();

    public static IReadOnlyList<string> Names(SupplierRole roles) => Split(roles).Select(r => r.ToString()).ToArray();

    public static bool TryParse(string text, out SupplierRole role)
    {
        role = All.FirstOrDefault(r => string.Equals(r.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase));
        return role != SupplierRole.None;
    }
}
