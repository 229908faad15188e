using Microsoft.EntityFrameworkCore;
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
        b.Property(s => s.Name).HasMaxLength(300);
        b.Property(s => s.LocalName).HasMaxLength(300);
        b.Property(s => s.CountryCode).HasMaxLength(2);
        b.Property(s => s.RegionCode).HasMaxLength(6);
        b.Property(s => s.RolesText).HasMaxLength(400);
        b.Property(s => s.Status).HasMaxLength(30);
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
        b.Property(a => a.Name).HasMaxLength(300);
    }
}

sealed class ProjectedFacilityConfiguration : IEntityTypeConfiguration<ProjectedFacility>
{
    public void Configure(EntityTypeBuilder<ProjectedFacility> b)
    {
        b.ToTable("Facilities");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Name).HasMaxLength(300);
        b.Property(f => f.CountryCode).HasMaxLength(2);
        b.Property(f => f.RegionCode).HasMaxLength(6);
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
        b.Property(l => l.Material).HasMaxLength(40);
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
