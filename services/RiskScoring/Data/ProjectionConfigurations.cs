using Microsoft.EntityFrameworkCore;
using SupplierDD.Contracts;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupplierDD.RiskScoring.Projection;
using SupplierDD.RiskScoring.Scoring;

namespace SupplierDD.RiskScoring.Data;

sealed class ProjectedSupplierConfiguration : IEntityTypeConfiguration<ProjectedSupplier>
{
    public void Configure(EntityTypeBuilder<ProjectedSupplier> b)
    {
        b.ToTable("Suppliers");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        // Every projected string is sized from FieldLimits, the registry's own limits: a value it accepts always fits here.
        b.Property(s => s.Name).HasMaxLength(FieldLimits.Name);
        b.Property(s => s.LocalName).HasMaxLength(FieldLimits.Name);
        b.Property(s => s.CountryCode).HasMaxLength(FieldLimits.CountryCode);
        b.Property(s => s.RegionCode).HasMaxLength(FieldLimits.RegionCode);
        // Roles joined (|A|B|): no bound, since the registry limits each role, not how many a supplier has.
        b.Property(s => s.RolesText);
        b.Property(s => s.Status).HasMaxLength(FieldLimits.Status);
        // The database refuses an UPDATE whose versions moved since the row was read: an older snapshot or status
        // written by a racing consumer or the rebuild fails (and is retried) instead of overwriting a newer one.
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Property(s => s.StatusVersion).IsConcurrencyToken();
        b.Ignore(s => s.Roles);
        b.HasMany(s => s.Aliases).WithOne().HasForeignKey(a => a.SupplierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Facilities).WithOne().HasForeignKey(f => f.SupplierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.CountryCode);
    }
}

sealed class ProjectedAliasConfiguration : IEntityTypeConfiguration<ProjectedAlias>
{
    public void Configure(EntityTypeBuilder<ProjectedAlias> b)
    {
        b.ToTable("SupplierAliases");
        b.HasKey(a => new { a.SupplierId, a.Name });
        b.Property(a => a.Name).HasMaxLength(FieldLimits.Name);
    }
}

sealed class ProjectedFacilityConfiguration : IEntityTypeConfiguration<ProjectedFacility>
{
    public void Configure(EntityTypeBuilder<ProjectedFacility> b)
    {
        b.ToTable("Facilities");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Name).HasMaxLength(FieldLimits.Name);
        b.Property(f => f.CountryCode).HasMaxLength(FieldLimits.CountryCode);
        b.Property(f => f.RegionCode).HasMaxLength(FieldLimits.RegionCode);
        b.HasIndex(f => f.SupplierId);
    }
}

sealed class ProjectedLinkConfiguration : IEntityTypeConfiguration<ProjectedLink>
{
    public void Configure(EntityTypeBuilder<ProjectedLink> b)
    {
        b.ToTable("SupplyLinks");
        b.HasKey(l => l.Id);
        b.Property(l => l.Id).ValueGeneratedNever();
        b.Property(l => l.Material).HasMaxLength(FieldLimits.Material);
        b.Property(l => l.Revision).IsConcurrencyToken();
        b.Property(l => l.SharePercent).HasPrecision(5, 2);
        b.HasIndex(l => l.UpstreamId);
        b.HasIndex(l => l.DownstreamId);
    }
}

sealed class ScoringRequestConfiguration : IEntityTypeConfiguration<ScoringRequest>
{
    public void Configure(EntityTypeBuilder<ScoringRequest> b)
    {
        b.HasKey(r => r.Id);
        b.HasIndex(r => r.SupplierId);
    }
}
