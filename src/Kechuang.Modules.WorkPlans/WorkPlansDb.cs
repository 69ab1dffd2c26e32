using Kechuang.Modules.WorkPlans.Plans;
using Kechuang.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Modules.WorkPlans;

/// <summary>The module's own sets on the shared context; other modules use Contracts/, never these.</summary>
internal static class WorkPlansDb
{
    public static DbSet<WorkPlan> Plans(this KechuangDbContext db) => db.Set<WorkPlan>();
    public static DbSet<PlanSection> PlanSections(this KechuangDbContext db) => db.Set<PlanSection>();
    public static DbSet<PlanTask> PlanTasks(this KechuangDbContext db) => db.Set<PlanTask>();
    public static DbSet<PlanTarget> PlanTargets(this KechuangDbContext db) => db.Set<PlanTarget>();
    public static DbSet<PlanDiagnostic> PlanDiagnostics(this KechuangDbContext db) => db.Set<PlanDiagnostic>();
}
