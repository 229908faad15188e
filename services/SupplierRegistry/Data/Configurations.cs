using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupplierDD.Contracts;
using SupplierDD.SupplierRegistry.Facilities;
using SupplierDD.SupplierRegistry.Imports;
using SupplierDD.SupplierRegistry.Suppliers;
using SupplierDD.SupplierRegistry.SupplyLinks;

namespace SupplierDD.SupplierRegistry.Data;

sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> b)
    {
        // Strings that cross the service boundary are sized from FieldLimits: what the registry stores, every consumer can.
        b.HasKey(s => s.Id);
        b.Property(s => s.Name).HasMaxLength(FieldLimits.Name);
        b.Property(s => s.LocalName).HasMaxLength(FieldLimits.Name);
        b.Property(s => s.RegistrationScheme).HasMaxLength(FieldLimits.RegistrationScheme);
        b.Property(s => s.RegistrationValue).HasMaxLength(FieldLimits.RegistrationValue);
        b.Property(s => s.Lei).HasMaxLength(FieldLimits.Lei);
        b.Property(s => s.CountryCode).HasMaxLength(FieldLimits.CountryCode);
        b.Property(s => s.RegionCode).HasMaxLength(FieldLimits.RegionCode);
        b.Property(s => s.ContactEmail).HasMaxLength(320);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(FieldLimits.Status);
        b.Property(s => s.NameKey).HasMaxLength(300);
        b.Property(s => s.SearchText).HasMaxLength(4000);
        b.Property(s => s.CreatedBy).HasMaxLength(FieldLimits.Actor);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => new { s.RegistrationScheme, s.RegistrationValue }).IsUnique();
        b.HasIndex(s => new { s.CountryCode, s.NameKey });
        b.HasIndex(s => s.Name);
        b.HasIndex(s => s.Status);
        b.HasMany(s => s.Aliases).WithOne().HasForeignKey(a => a.SupplierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Facilities).WithOne().HasForeignKey(f => f.SupplierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.StatusHistory).WithOne().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class SupplierAliasConfiguration : IEntityTypeConfiguration<SupplierAlias>
{
    public void Configure(EntityTypeBuilder<SupplierAlias> b)
    {
        b.HasKey(a => new { a.SupplierId, a.Name });
        b.Property(a => a.Name).HasMaxLength(FieldLimits.Name);
    }
}

sealed class StatusChangeConfiguration : IEntityTypeConfiguration<StatusChange>
{
    public void Configure(EntityTypeBuilder<StatusChange> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.From).HasConversion<string>().HasMaxLength(FieldLimits.Status);
        b.Property(c => c.To).HasConversion<string>().HasMaxLength(FieldLimits.Status);
        b.Property(c => c.Reason).HasMaxLength(FieldLimits.Reason);
        b.Property(c => c.ChangedBy).HasMaxLength(FieldLimits.Actor);
        b.HasIndex(c => new { c.SupplierId, c.Id });
    }
}

sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> b)
    {
        b.HasKey(f => f.Id);
        b.Property(f => f.Name).HasMaxLength(FieldLimits.Name);
        b.Property(f => f.Address).HasMaxLength(FieldLimits.Address);
        b.Property(f => f.CountryCode).HasMaxLength(FieldLimits.CountryCode);
        b.Property(f => f.RegionCode).HasMaxLength(FieldLimits.RegionCode);
        b.HasIndex(f => f.RegionCode);
    }
}

sealed class SupplyLinkConfiguration : IEntityTypeConfiguration<SupplyLink>
{
    public void Configure(EntityTypeBuilder<SupplyLink> b)
    {
        b.HasKey(l => l.Id);
        b.Property(l => l.Material).HasMaxLength(FieldLimits.Material);
        b.Property(l => l.SharePercent).HasPrecision(5, 2);
        b.Property(l => l.CreatedBy).HasMaxLength(FieldLimits.Actor);
        b.HasIndex(l => new { l.DownstreamSupplierId, l.UpstreamSupplierId, l.Material }).IsUnique();
        b.HasIndex(l => l.UpstreamSupplierId);
        b.HasOne<Supplier>().WithMany().HasForeignKey(l => l.UpstreamSupplierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Supplier>().WithMany().HasForeignKey(l => l.DownstreamSupplierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Facility>().WithMany().HasForeignKey(l => l.UpstreamFacilityId).OnDelete(DeleteBehavior.Restrict);
    }
}

sealed class SupplyGraphRevisionConfiguration : IEntityTypeConfiguration<SupplyGraphRevision>
{
    public void Configure(EntityTypeBuilder<SupplyGraphRevision> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasData(new SupplyGraphRevision { Id = SupplyGraphRevision.SingletonId, Revision = 0 });
    }
}

sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.HasKey(j => j.Id);
        b.Property(j => j.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(j => j.FileName).HasMaxLength(300);
        b.Property(j => j.LeaseOwner).HasMaxLength(200);
        b.Property(j => j.Message).HasMaxLength(2000);
        b.Property(j => j.CreatedBy).HasMaxLength(FieldLimits.Actor);
        b.HasIndex(j => j.Status);
    }
}

sealed class ImportUploadConfiguration : IEntityTypeConfiguration<ImportUpload>
{
    public void Configure(EntityTypeBuilder<ImportUpload> b)
    {
        b.HasKey(u => u.ImportJobId);
        b.HasOne<ImportJob>().WithOne().HasForeignKey<ImportUpload>(u => u.ImportJobId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class ImportRowErrorConfiguration : IEntityTypeConfiguration<ImportRowError>
{
    public void Configure(EntityTypeBuilder<ImportRowError> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Column).HasMaxLength(100);
        b.Property(e => e.Message).HasMaxLength(1000);
        b.HasIndex(e => new { e.ImportJobId, e.Row });
        b.HasOne<ImportJob>().WithMany().HasForeignKey(e => e.ImportJobId).OnDelete(DeleteBehavior.Cascade);
    }
}
