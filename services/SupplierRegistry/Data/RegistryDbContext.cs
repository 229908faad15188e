using Microsoft.EntityFrameworkCore;
using SupplierDD.ServiceDefaults.Database;
using SupplierDD.SupplierRegistry.Facilities;
using SupplierDD.SupplierRegistry.Imports;
using SupplierDD.SupplierRegistry.Suppliers;
using SupplierDD.SupplierRegistry.SupplyLinks;

namespace SupplierDD.SupplierRegistry.Data;

/// <summary>The registry's database. One subclass per provider (see ProviderContexts.cs) keeps each provider's migrations apart.</summary>
public abstract class RegistryDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Supplier> Suppliers => Set<Supplier>();
    public DbSet<SupplierAlias> SupplierAliases => Set<SupplierAlias>();
    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<SupplyLink> SupplyLinks => Set<SupplyLink>();
    public DbSet<SupplyGraphRevision> SupplyGraphRevisions => Set<SupplyGraphRevision>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<ImportRowError> ImportRowErrors => Set<ImportRowError>();
    public DbSet<ImportUpload> ImportUploads => Set<ImportUpload>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
    }
}
