using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SupplierDD.Contracts;
using SupplierDD.RiskScoring.Audit;
using SupplierDD.RiskScoring.EntityLists;
using SupplierDD.RiskScoring.Reassessment;
using SupplierDD.RiskScoring.Scoring;
using SupplierDD.RiskScoring.Screening;

namespace SupplierDD.RiskScoring.Data;

sealed class EntityListVersionConfiguration : IEntityTypeConfiguration<EntityListVersion>
{
    public void Configure(EntityTypeBuilder<EntityListVersion> b)
    {
        b.HasKey(v => v.Id);
        b.Property(v => v.List).HasMaxLength(40);
        b.Property(v => v.ImportedBy).HasMaxLength(200);
        b.Property(v => v.FileName).HasMaxLength(260);
        b.Property(v => v.ContentHash).HasMaxLength(64);
        b.HasIndex(v => new { v.List, v.Number }).IsUnique();
    }
}

sealed class ListedEntryConfiguration : IEntityTypeConfiguration<ListedEntry>
{
    public void Configure(EntityTypeBuilder<ListedEntry> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.List).HasMaxLength(40);
        b.Property(e => e.EntityKey).HasMaxLength(350);
        b.Property(e => e.Name).HasMaxLength(300);
        b.Property(e => e.AliasesText).HasMaxLength(16000);
        b.Property(e => e.CountryCode).HasMaxLength(2);
        b.Property(e => e.Section).HasMaxLength(100);
        b.Property(e => e.Source).HasMaxLength(1000);
        b.Property(e => e.NamesFingerprint).HasMaxLength(32);
        b.Ignore(e => e.Aliases);
        b.HasIndex(e => new { e.VersionId, e.EntityKey }).IsUnique();
    }
}

sealed class ScreeningHitConfiguration : IEntityTypeConfiguration<ScreeningHit>
{
    public void Configure(EntityTypeBuilder<ScreeningHit> b)
    {
        b.HasKey(h => h.Id);
        b.Property(h => h.List).HasMaxLength(40);
        b.Property(h => h.EntityKey).HasMaxLength(350);
        b.Property(h => h.EntityName).HasMaxLength(300);
        b.Property(h => h.SupplierName).HasMaxLength(FieldLimits.Name);
        b.Property(h => h.ListedName).HasMaxLength(300);
        b.Property(h => h.TokensJson).HasMaxLength(4000);
        b.Property(h => h.State).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.SupplierNamesFingerprint).HasMaxLength(32);
        b.Property(h => h.EntityNamesFingerprint).HasMaxLength(32);
        b.Property(h => h.DecidedBy).HasMaxLength(FieldLimits.Actor);
        b.Property(h => h.DecisionNote).HasMaxLength(FieldLimits.Reason);
        b.Property(h => h.PendingReversalBy).HasMaxLength(FieldLimits.Actor);
        b.Property(h => h.PendingReversalNote).HasMaxLength(FieldLimits.Reason);
        b.Property(h => h.Version).IsConcurrencyToken();
        b.HasIndex(h => new { h.SupplierId, h.EntityKey });
        b.HasIndex(h => h.State);
    }
}

sealed class RiskScoreConfiguration : IEntityTypeConfiguration<RiskScore>
{
    public void Configure(EntityTypeBuilder<RiskScore> b)
    {
        b.HasKey(s => s.SupplierId);
        b.Property(s => s.SupplierId).ValueGeneratedNever();
        b.Property(s => s.ModelVersion).HasMaxLength(20);
        b.Property(s => s.ModelBand).HasMaxLength(10);
        b.Property(s => s.Band).HasMaxLength(10);
        b.Property(s => s.OverrideBand).HasMaxLength(10);
        b.Property(s => s.PendingBand).HasMaxLength(10);
        b.Property(s => s.ReviewState).HasConversion<string>().HasMaxLength(30);
        b.Property(s => s.Justification).HasMaxLength(4000);
        b.Property(s => s.PendingJustification).HasMaxLength(4000);
        b.Property(s => s.ReviewedBy).HasMaxLength(FieldLimits.Actor);
        b.Property(s => s.PendingBy).HasMaxLength(FieldLimits.Actor);
        b.Property(s => s.OverrideRequestedBy).HasMaxLength(FieldLimits.Actor);
        b.Property(s => s.OverrideConfirmedBy).HasMaxLength(FieldLimits.Actor);
        b.Property(s => s.Revision).IsConcurrencyToken();
        b.Property(s => s.ReviewVersion).IsConcurrencyToken();
        b.HasIndex(s => s.Band);
        b.HasIndex(s => s.ReviewState);
    }
}

sealed class RiskScoreChangeConfiguration : IEntityTypeConfiguration<RiskScoreChange>
{
    public void Configure(EntityTypeBuilder<RiskScoreChange> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.PreviousBand).HasMaxLength(10);
        b.Property(c => c.Band).HasMaxLength(10);
        b.Property(c => c.ModelVersion).HasMaxLength(20);
        b.Property(c => c.ReasonCode).HasMaxLength(60);
        b.Property(c => c.ReasonArgs).HasMaxLength(2000);
        b.HasIndex(c => c.At);
        b.HasIndex(c => new { c.SupplierId, c.At });
    }
}

sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).ValueGeneratedNever();
        b.Property(e => e.Actor).HasMaxLength(FieldLimits.Actor);
        b.Property(e => e.Action).HasMaxLength(60);
        b.Property(e => e.Subject).HasMaxLength(100);
        b.Property(e => e.Data).HasMaxLength(8000);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.HasIndex(e => e.Subject);
    }
}

sealed class ReassessmentNoticeConfiguration : IEntityTypeConfiguration<ReassessmentNotice>
{
    public void Configure(EntityTypeBuilder<ReassessmentNotice> b)
    {
        b.HasKey(n => new { n.SupplierId, n.DueOn });
        b.Property(n => n.Band).HasMaxLength(10);
        b.Property(n => n.Reason).HasMaxLength(500);
    }
}
