using Microsoft.EntityFrameworkCore;
using SupplierDD.RiskScoring.Audit;
using SupplierDD.RiskScoring.EntityLists;
using SupplierDD.RiskScoring.Jobs;
using SupplierDD.RiskScoring.Projection;
using SupplierDD.RiskScoring.Reassessment;
using SupplierDD.RiskScoring.Scoring;
using SupplierDD.RiskScoring.Screening;
using SupplierDD.ServiceDefaults.Database;

namespace SupplierDD.RiskScoring.Data;

/// <summary>Risk scoring's database: its projection of the registry, entity lists, hits, scores, audit log. One subclass per provider (ProviderContexts.cs).</summary>
public abstract class RiskDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<ProjectedSupplier> Suppliers => Set<ProjectedSupplier>();
    public DbSet<ProjectedAlias> SupplierAliases => Set<ProjectedAlias>();
    public DbSet<ProjectedFacility> Facilities => Set<ProjectedFacility>();
    public DbSet<ProjectedLink> Links => Set<ProjectedLink>();
    public DbSet<ScoringRequest> ScoringRequests => Set<ScoringRequest>();
    public DbSet<EntityListVersion> EntityListVersions => Set<EntityListVersion>();
    public DbSet<ListedEntry> ListedEntries => Set<ListedEntry>();
    public DbSet<ScreeningHit> ScreeningHits => Set<ScreeningHit>();
    public DbSet<RiskScore> Scores => Set<RiskScore>();
    public DbSet<RiskScoreChange> ScoreChanges => Set<RiskScoreChange>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ReassessmentNotice> ReassessmentNotices => Set<ReassessmentNotice>();
    public DbSet<JobLease> JobLeases => Set<JobLease>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RiskDbContext).Assembly);
    }
}
