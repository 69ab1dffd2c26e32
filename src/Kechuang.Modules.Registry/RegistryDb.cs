using Kechuang.Modules.Registry.Activities;
using Kechuang.Modules.Registry.Contracts;
using Kechuang.Modules.Registry.Enterprises;
using Kechuang.Modules.Registry.Finance;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Qualifications;
using Kechuang.Modules.Registry.Talents;
using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.Registry;

/// <summary>The module's own sets on the shared context; other modules use Contracts/, never these.</summary>
internal static class RegistryDb
{
    public static DbSet<Enterprise> Enterprises(this KechuangDbContext db) => db.Set<Enterprise>();
    public static DbSet<EnterpriseYear> EnterpriseYears(this KechuangDbContext db) => db.Set<EnterpriseYear>();
    public static DbSet<HighTechCertificate> HighTechCertificates(this KechuangDbContext db) => db.Set<HighTechCertificate>();
    public static DbSet<TechSmeRegistration> TechSmeRegistrations(this KechuangDbContext db) => db.Set<TechSmeRegistration>();
    public static DbSet<GrowthRecognition> GrowthRecognitions(this KechuangDbContext db) => db.Set<GrowthRecognition>();
    public static DbSet<PoolMembership> PoolMemberships(this KechuangDbContext db) => db.Set<PoolMembership>();
    public static DbSet<InnovationPlatform> Platforms(this KechuangDbContext db) => db.Set<InnovationPlatform>();
    public static DbSet<PlatformAssessment> PlatformAssessments(this KechuangDbContext db) => db.Set<PlatformAssessment>();
    public static DbSet<Talent> Talents(this KechuangDbContext db) => db.Set<Talent>();
    public static DbSet<TechContract> TechContracts(this KechuangDbContext db) => db.Set<TechContract>();
    public static DbSet<TechLoan> TechLoans(this KechuangDbContext db) => db.Set<TechLoan>();
    public static DbSet<SubFund> SubFunds(this KechuangDbContext db) => db.Set<SubFund>();
    public static DbSet<FundInvestment> FundInvestments(this KechuangDbContext db) => db.Set<FundInvestment>();
    public static DbSet<Roadshow> Roadshows(this KechuangDbContext db) => db.Set<Roadshow>();
    public static DbSet<Activity> Activities(this KechuangDbContext db) => db.Set<Activity>();
    public static DbSet<ImportBatch> ImportBatches(this KechuangDbContext db) => db.Set<ImportBatch>();
    public static DbSet<ImportChange> ImportChanges(this KechuangDbContext db) => db.Set<ImportChange>();
}
