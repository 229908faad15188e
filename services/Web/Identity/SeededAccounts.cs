using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SupplierDD.ServiceDefaults.Auth;

namespace SupplierDD.Web.Identity;

/// <summary>An internal account created at start from configuration (<c>SeedAccounts</c>); development uses these.</summary>
public sealed class SeedAccount
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public List<string> Roles { get; set; } = [];
}

/// <summary>
/// Creates the roles and the configured accounts when missing. An existing account keeps its password
/// (a user may have changed it); its roles are brought in line with configuration.
/// </summary>
public sealed class SeededAccounts(IServiceScopeFactory scopes, IOptions<List<SeedAccount>> accounts, IHostEnvironment environment, ILogger<SeededAccounts> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roleManager.RoleExistsAsync(role)) Ensure(await roleManager.CreateAsync(new IdentityRole(role)), role);

        if (accounts.Value.Count > 0 && !environment.IsDevelopment())
            logger.LogWarning("{Count} account(s) seeded from configuration outside Development (bootstrap accounts): change their passwords, or use single sign-on", accounts.Value.Count);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();
        foreach (var account in accounts.Value)
        {
            var unknown = account.Roles.Except([Roles.Procurement, Roles.RiskAnalyst, Roles.Admin]).ToList();
            if (string.IsNullOrWhiteSpace(account.Email) || unknown.Count > 0)
                throw new InvalidOperationException($"SeedAccounts: '{account.Email}' needs an email and internal roles only (unknown: {string.Join(", ", unknown)}).");
            var user = await users.FindByEmailAsync(account.Email);
            if (user is null)
            {
                user = new WebUser
                {
                    UserName = account.Email, Email = account.Email, EmailConfirmed = true,
                    DisplayName = account.DisplayName, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "configuration",
                };
                Ensure(await users.CreateAsync(user, account.Password), account.Email);
                logger.LogInformation("Seeded account {Email} ({Roles})", account.Email, string.Join(", ", account.Roles));
            }
            var current = await users.GetRolesAsync(user);
            Ensure(await users.AddToRolesAsync(user, account.Roles.Except(current).ToList()), account.Email);
            Ensure(await users.RemoveFromRolesAsync(user, current.Except(account.Roles).ToList()), account.Email);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Seeding '{what}' failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
