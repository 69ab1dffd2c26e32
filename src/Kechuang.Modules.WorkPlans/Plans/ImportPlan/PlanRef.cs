namespace Kechuang.Modules.WorkPlans.Plans.ImportPlan;

/// <summary>A short reference to a stored plan, for "already imported" and "revision of" answers.</summary>
public sealed record PlanRef(Guid Id, string Title, int? PlanYear, int Revision, DateTime ImportedAtUtc);
