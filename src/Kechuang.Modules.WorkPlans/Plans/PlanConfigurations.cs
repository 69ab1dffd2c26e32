using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Modules.WorkPlans.Plans;

internal sealed class WorkPlanConfiguration : IEntityTypeConfiguration<WorkPlan>
{
    public void Configure(EntityTypeBuilder<WorkPlan> builder)
    {
        builder.ToTable("wp_plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(300).IsRequired();
        builder.Property(p => p.Issuer).HasMaxLength(200);
        builder.Property(p => p.DocNumber).HasMaxLength(100);
        builder.Property(p => p.IssuedOnText).HasMaxLength(40);
        builder.Property(p => p.ContentHash).HasMaxLength(64).IsRequired();
        builder.Property(p => p.SourceFileName).HasMaxLength(260).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.ContentHash).IsUnique();
        builder.HasIndex(p => new { p.LineageId, p.Revision }).IsUnique();
        builder.HasIndex(p => p.PlanYear);
        builder.Ignore(p => p.Tasks);
        builder.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Targets).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Diagnostics).WithOne().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanSectionConfiguration : IEntityTypeConfiguration<PlanSection>
{
    public void Configure(EntityTypeBuilder<PlanSection> builder)
    {
        builder.ToTable("wp_sections");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Ordinal).HasMaxLength(20);
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.HasIndex(s => new { s.PlanId, s.Position });
        builder.HasMany(s => s.Tasks).WithOne().HasForeignKey(t => t.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("wp_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Ordinal).HasMaxLength(20).IsRequired();
        builder.Property(t => t.Title).HasMaxLength(500).IsRequired();
        builder.Property(t => t.Text).IsRequired();
        builder.HasIndex(t => new { t.PlanId, t.Position });
        builder.HasIndex(t => new { t.SectionId, t.Position });
    }
}

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> builder)
    {
        builder.ToTable("wp_targets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Text).HasMaxLength(1000).IsRequired();
        builder.Property(t => t.Indicator).HasMaxLength(300).IsRequired();
        builder.Property(t => t.Unit).HasMaxLength(20);
        builder.Property(t => t.Value).HasPrecision(20, 4);
        builder.HasIndex(t => new { t.PlanId, t.Position });
        builder.HasIndex(t => t.TaskId);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(t => t.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanDiagnosticConfiguration : IEntityTypeConfiguration<PlanDiagnostic>
{
    public void Configure(EntityTypeBuilder<PlanDiagnostic> builder)
    {
        builder.ToTable("wp_diagnostics");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Code).HasMaxLength(60).IsRequired();
        builder.Property(d => d.Message).HasMaxLength(500).IsRequired();
        builder.Property(d => d.Excerpt).HasMaxLength(500).IsRequired();
        builder.Property(d => d.Suggestion).HasMaxLength(500);
        builder.HasIndex(d => new { d.PlanId, d.Position });
    }
}
