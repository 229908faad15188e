namespace SupplierDD.Standards.Countries;

/// <summary>A country or territory with an ISO 3166-1 alpha-2 code.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code, upper case, e.g. "CN".</param>
/// <param name="Name">ISO English short name, e.g. "China".</param>
public sealed record Country(string Code, string Name);
