using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SupplierDD.ServiceDefaults.Auth;

/// <summary>
/// Refuses keys anyone can read: outside Development a service does not start with the development signing key that
/// is published in this repository (appsettings.Development.json, the tests, the scripts), with a placeholder from the
/// example secrets, or with a key shorter than 32 bytes. Each message names the setting.
/// </summary>
public sealed class AuthOptionsValidator(IHostEnvironment environment) : IValidateOptions<AuthOptions>
{
    /// <summary>The development key committed in this repository; only the Development environment accepts it.</summary>
    public const string DevelopmentKey = "supplierdd-development-signing-key-not-for-production-0123456789";

    /// <summary>Every development key in this repository says so (the service identity keys in appsettings.Development.json too).</summary>
    public const string PublishedMarker = "not-for-production";

    /// <summary>Minimum key size for HS256 (RFC 7518 §3.2).</summary>
    public const int MinimumKeyBytes = 32;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();
        Check("Auth:SigningKey", options.SigningKey, failures);
        foreach (var (service, identity) in options.ServiceIdentities)
            Check($"Auth:ServiceIdentities:{service}:SigningKey", identity.SigningKey, failures);
        if (options.Identity is { } own)
            Check("Auth:Identity:SigningKey", own.SigningKey, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    void Check(string setting, string? key, List<string> failures)
    {
        if (string.IsNullOrEmpty(key))
        {
            failures.Add($"{setting} is required: set it as a secret (environment variable {setting.Replace(":", "__")}).");
            return;
        }
        if (Encoding.UTF8.GetByteCount(key) < MinimumKeyBytes)
            failures.Add($"{setting} must be at least {MinimumKeyBytes} bytes for HS256; generate one with `openssl rand -base64 48`.");
        if (environment.IsDevelopment()) return;
        if (key == DevelopmentKey || key.Contains(PublishedMarker, StringComparison.OrdinalIgnoreCase))
            failures.Add($"{setting} is a development key published in this repository; outside Development set a secret of your own (`openssl rand -base64 48`).");
        else if (key.StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase))
            failures.Add($"{setting} is still the placeholder from the example secrets; replace it (`openssl rand -base64 48`).");
    }
}
