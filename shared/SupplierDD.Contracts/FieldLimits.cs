namespace SupplierDD.Contracts;

/// <summary>
/// The longest value, in UTF-16 characters, of every string that crosses a service boundary.
/// The producer refuses anything longer (a 400 naming the field, or a CSV row error) and every consumer
/// sizes its columns from these constants, so a value one service accepts is never lost by another.
/// Only ever raise a limit together with a migration in every consumer.
/// </summary>
public static class FieldLimits
{
    /// <summary>A supplier's or facility's name, in any script; also each alias.</summary>
    public const int Name = 300;
    /// <summary>A registration scheme such as <c>USCC</c>.</summary>
    public const int RegistrationScheme = 20;
    /// <summary>A registration value within its scheme.</summary>
    public const int RegistrationValue = 64;
    /// <summary>A Legal Entity Identifier (ISO 17442): exactly 20 characters.</summary>
    public const int Lei = 20;
    /// <summary>An ISO 3166-1 alpha-2 country code.</summary>
    public const int CountryCode = 2;
    /// <summary>An ISO 3166-2 subdivision code such as <c>CN-XJ</c> (up to <c>XX-XXX</c>).</summary>
    public const int RegionCode = 6;
    /// <summary>A role or process name (<c>Polysilicon</c>, <c>MetallurgicalSilicon</c>, ...).</summary>
    public const int Role = 40;
    /// <summary>An onboarding status name.</summary>
    public const int Status = 30;
    /// <summary>The material of a supply link.</summary>
    public const int Material = 100;
    /// <summary>A postal address of a facility.</summary>
    public const int Address = 1000;
    /// <summary>A reason or justification typed by a person (status change, review, decision).</summary>
    public const int Reason = 2000;
    /// <summary>Who made a change: a token subject or a job name.</summary>
    public const int Actor = 200;
    /// <summary>How many aliases a supplier may carry.</summary>
    public const int MaxAliases = 50;
    /// <summary>How many facilities a supplier may carry in one snapshot.</summary>
    public const int MaxFacilities = 500;
}
