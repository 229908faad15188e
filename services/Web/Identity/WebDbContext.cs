using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SupplierDD.ServiceDefaults.Database;

namespace SupplierDD.Web.Identity;

/// <summary>
/// The Web app's only database: its identity store (users, roles, one-time portal links) and the
/// data-protection keys that encrypt its cookies, shared by every replica.
/// </summary>
public abstract class WebDbContext(DbContextOptions options) : IdentityDbContext<WebUser>(options), IDataProtectionKeyContext
{
    public DbSet<PortalLinkToken> PortalLinkTokens => Set<PortalLinkToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<WebUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Language).HasMaxLength(10);
            user.Property(u => u.CreatedBy).HasMaxLength(450);
            user.HasIndex(u => u.SupplierId);
        });
        builder.Entity<PortalLinkToken>(token =>
        {
            token.Property(t => t.UserId).HasMaxLength(450);
            token.Property(t => t.TokenHash).HasMaxLength(64).IsFixedLength();
            token.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(20);
            token.Property(t => t.CreatedBy).HasMaxLength(450);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.HasIndex(t => new { t.UserId, t.Purpose });
            token.HasOne<WebUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseSortableDateTimeOffsetsOnSqlite(Database);
}
