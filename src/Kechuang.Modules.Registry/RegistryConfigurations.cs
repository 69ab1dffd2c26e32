using Kechuang.Modules.Registry.Activities;
using Kechuang.Modules.Registry.Contracts;
using Kechuang.Modules.Registry.Enterprises;
using Kechuang.Modules.Registry.Finance;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Modules.Registry.Talents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kechuang.Modules.Registry;

internal static class RegistryRecordConfiguration
{
    /// <summary>The columns every registry record shares, with the indexes the data scope and roll-back use.</summary>
    public static void ConfigureRecord<T>(this EntityTypeBuilder<T> builder, string table)
        where T : RegistryRecord
    {
        builder.ToTable(table);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.OwnerUnitPath).HasMaxLength(400).IsRequired();
        builder.Property(r => r.RegionCode).HasMaxLength(6);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.OwnerUnitPath);
        builder.HasIndex(r => r.RegionCode);
        builder.HasIndex(r => r.CreatedBatchId);
    }
}

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.ConfigureRecord("reg_enterprises");
        builder.Property(e => e.Uscc).HasMaxLength(18).IsRequired();
        builder.Property(e => e.Name).HasMaxLength(200).IsRequired();
        builder.Property(e => e.ZoneCode).HasMaxLength(20);
        builder.Property(e => e.IndustryCode).HasMaxLength(5);
        builder.HasIndex(e => e.Uscc).IsUnique();
        builder.HasIndex(e => e.Name);
        builder.HasIndex(e => new { e.RegionCode, e.Name });
        builder.HasIndex(e => e.ZoneCode);
        builder.HasIndex(e => e.TechField);
        builder.HasIndex(e => e.FoundedOn);
    }
}

internal sealed class EnterpriseYearConfiguration : IEntityTypeConfiguration<EnterpriseYear>
{
    public void Configure(EntityTypeBuilder<EnterpriseYear> builder)
    {
        builder.ConfigureRecord("reg_enterprise_years");
        builder.HasIndex(y => new { y.EnterpriseId, y.Year }).IsUnique();
        builder.HasIndex(y => y.Year);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(y => y.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HighTechCertificateConfiguration : IEntityTypeConfiguration<HighTechCertificate>
{
    public void Configure(EntityTypeBuilder<HighTechCertificate> builder)
    {
        builder.ConfigureRecord("reg_high_tech_certificates");
        builder.Property(c => c.CertificateNumber).HasMaxLength(40).IsRequired();
        builder.Property(c => c.RevocationReason).HasMaxLength(500);
        builder.HasIndex(c => c.CertificateNumber).IsUnique();
        builder.HasIndex(c => new { c.EnterpriseId, c.IssuedOn });
        builder.HasIndex(c => new { c.IssuedOn, c.ValidUntil });
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(c => c.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TechSmeRegistrationConfiguration : IEntityTypeConfiguration<TechSmeRegistration>
{
    public void Configure(EntityTypeBuilder<TechSmeRegistration> builder)
    {
        builder.ConfigureRecord("reg_tech_sme_registrations");
        builder.Property(r => r.RegistrationNumber).HasMaxLength(40).IsRequired();
        builder.Property(r => r.RevocationReason).HasMaxLength(500);
        builder.HasIndex(r => r.RegistrationNumber).IsUnique();
        builder.HasIndex(r => new { r.EnterpriseId, r.Year });
        builder.HasIndex(r => r.Year);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GrowthRecognitionConfiguration : IEntityTypeConfiguration<GrowthRecognition>
{
    public void Configure(EntityTypeBuilder<GrowthRecognition> builder)
    {
        builder.ConfigureRecord("reg_growth_recognitions");
        builder.HasIndex(r => new { r.EnterpriseId, r.Kind, r.Year }).IsUnique();
        builder.HasIndex(r => new { r.Kind, r.Year });
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(r => r.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PoolMembershipConfiguration : IEntityTypeConfiguration<PoolMembership>
{
    public void Configure(EntityTypeBuilder<PoolMembership> builder)
    {
        builder.ConfigureRecord("reg_pool_memberships");
        builder.Property(m => m.EntryReason).HasMaxLength(500);
        builder.Property(m => m.LeaveReason).HasMaxLength(500);
        builder.HasIndex(m => new { m.EnterpriseId, m.EnteredOn }).IsUnique();
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(m => m.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InnovationPlatformConfiguration : IEntityTypeConfiguration<InnovationPlatform>
{
    public void Configure(EntityTypeBuilder<InnovationPlatform> builder)
    {
        builder.ConfigureRecord("reg_platforms");
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.HostName).HasMaxLength(200).IsRequired();
        builder.Property(p => p.HostUscc).HasMaxLength(18);
        builder.HasIndex(p => new { p.Kind, p.Level, p.Name }).IsUnique();
        builder.HasIndex(p => p.RecognizedOn);
        builder.HasIndex(p => p.HostUscc);
    }
}

internal sealed class PlatformAssessmentConfiguration : IEntityTypeConfiguration<PlatformAssessment>
{
    public void Configure(EntityTypeBuilder<PlatformAssessment> builder)
    {
        builder.ConfigureRecord("reg_platform_assessments");
        builder.Property(a => a.Grade).HasMaxLength(20).IsRequired();
        builder.HasIndex(a => new { a.PlatformId, a.Year }).IsUnique();
        builder.HasOne<InnovationPlatform>().WithMany().HasForeignKey(a => a.PlatformId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TalentConfiguration : IEntityTypeConfiguration<Talent>
{
    public void Configure(EntityTypeBuilder<Talent> builder)
    {
        builder.ConfigureRecord("reg_talents");
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.Property(t => t.IdentityCipher).HasMaxLength(200).IsRequired();
        builder.Property(t => t.IdentityMasked).HasMaxLength(40).IsRequired();
        builder.Property(t => t.IdentityHash).HasMaxLength(64).IsRequired();
        builder.Property(t => t.Employer).HasMaxLength(200);
        builder.Property(t => t.Programme).HasMaxLength(200);
        builder.Property(t => t.CertificateNumber).HasMaxLength(60);
        builder.Property(t => t.ServedVillages).HasMaxLength(1000);
        builder.Property(t => t.Country).HasMaxLength(60);
        builder.HasIndex(t => new { t.Kind, t.IdentityHash }).IsUnique();
        builder.HasIndex(t => new { t.Kind, t.EffectiveOn });
    }
}

internal sealed class TechContractConfiguration : IEntityTypeConfiguration<TechContract>
{
    public void Configure(EntityTypeBuilder<TechContract> builder)
    {
        builder.ConfigureRecord("reg_tech_contracts");
        builder.Property(c => c.RegistrationNumber).HasMaxLength(40).IsRequired();
        builder.Property(c => c.Registry).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Subtype).HasMaxLength(60);
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.SellerName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.SellerUscc).HasMaxLength(18);
        builder.Property(c => c.SellerRegionCode).HasMaxLength(6).IsRequired();
        builder.Property(c => c.BuyerName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.BuyerUscc).HasMaxLength(18);
        builder.Property(c => c.BuyerRegionCode).HasMaxLength(6).IsRequired();
        builder.HasIndex(c => c.RegistrationNumber).IsUnique();
        builder.HasIndex(c => c.RegisteredOn);
        builder.HasIndex(c => new { c.SellerRegionCode, c.RegisteredOn });
        builder.HasIndex(c => new { c.BuyerRegionCode, c.RegisteredOn });
        builder.HasIndex(c => c.SellerEnterpriseId);
        builder.HasIndex(c => c.BuyerEnterpriseId);
        // An enterprise's page finds its contracts by id or, for contracts registered before it was, by USCC.
        builder.HasIndex(c => c.SellerUscc);
        builder.HasIndex(c => c.BuyerUscc);
    }
}

internal sealed class TechLoanConfiguration : IEntityTypeConfiguration<TechLoan>
{
    public void Configure(EntityTypeBuilder<TechLoan> builder)
    {
        builder.ConfigureRecord("reg_tech_loans");
        builder.Property(l => l.Bank).HasMaxLength(100).IsRequired();
        builder.Property(l => l.LoanNumber).HasMaxLength(60).IsRequired();
        builder.Property(l => l.BorrowerUscc).HasMaxLength(18).IsRequired();
        builder.Property(l => l.BorrowerName).HasMaxLength(200).IsRequired();
        builder.Property(l => l.Product).HasMaxLength(100);
        builder.HasIndex(l => new { l.Bank, l.LoanNumber }).IsUnique();
        builder.HasIndex(l => l.LoanedOn);
        builder.HasIndex(l => l.EnterpriseId);
        builder.HasIndex(l => l.BorrowerUscc);
    }
}

internal sealed class SubFundConfiguration : IEntityTypeConfiguration<SubFund>
{
    public void Configure(EntityTypeBuilder<SubFund> builder)
    {
        builder.ConfigureRecord("reg_sub_funds");
        builder.Property(f => f.Name).HasMaxLength(200).IsRequired();
        builder.Property(f => f.Manager).HasMaxLength(200).IsRequired();
        builder.HasIndex(f => f.Name).IsUnique();
    }
}

internal sealed class FundInvestmentConfiguration : IEntityTypeConfiguration<FundInvestment>
{
    public void Configure(EntityTypeBuilder<FundInvestment> builder)
    {
        builder.ConfigureRecord("reg_fund_investments");
        builder.Property(i => i.InvesteeUscc).HasMaxLength(18).IsRequired();
        builder.Property(i => i.InvesteeName).HasMaxLength(200).IsRequired();
        builder.HasIndex(i => new { i.FundId, i.InvesteeUscc, i.InvestedOn }).IsUnique();
        builder.HasIndex(i => i.EnterpriseId);
        builder.HasIndex(i => i.InvesteeUscc);
        builder.HasOne<SubFund>().WithMany().HasForeignKey(i => i.FundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoadshowConfiguration : IEntityTypeConfiguration<Roadshow>
{
    public void Configure(EntityTypeBuilder<Roadshow> builder)
    {
        builder.ConfigureRecord("reg_roadshows");
        builder.Property(r => r.Title).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Organizer).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Enterprises).IsRequired();
        builder.Property(r => r.Investors).IsRequired();
        builder.HasIndex(r => new { r.Title, r.HeldOn }).IsUnique();
    }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ConfigureRecord("reg_activities");
        builder.Property(a => a.Title).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Organizer).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Notes).HasMaxLength(2000);
        builder.HasIndex(a => new { a.Kind, a.Title, a.HeldOn }).IsUnique();
        builder.HasIndex(a => a.HeldOn);
    }
}

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.ToTable("reg_import_batches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Registry).HasMaxLength(40).IsRequired();
        builder.Property(b => b.FileName).HasMaxLength(260).IsRequired();
        builder.Property(b => b.FileHash).HasMaxLength(64).IsRequired();
        builder.Property(b => b.UserName).HasMaxLength(100).IsRequired();
        builder.Property(b => b.ReportFile).HasMaxLength(260);
        builder.Property(b => b.RolledBackBy).HasMaxLength(100);
        builder.Property(b => b.Message).HasMaxLength(2000);
        builder.HasIndex(b => new { b.Registry, b.StartedAtUtc });
    }
}

internal sealed class ImportChangeConfiguration : IEntityTypeConfiguration<ImportChange>
{
    public void Configure(EntityTypeBuilder<ImportChange> builder)
    {
        builder.ToTable("reg_import_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Table).HasMaxLength(60).IsRequired();
        builder.Property(c => c.Previous).IsRequired();
        builder.HasIndex(c => c.BatchId);
    }
}
