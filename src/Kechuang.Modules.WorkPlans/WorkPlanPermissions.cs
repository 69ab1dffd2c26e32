using Kechuang.Platform.Access;
using Kechuang.Platform.Identity;

namespace Kechuang.Modules.WorkPlans;

public static class WorkPlanPermissions
{
    public const string View = "WorkPlans.View";
    public const string Import = "WorkPlans.Import";
    public const string Edit = "WorkPlans.Edit";

    public static readonly PermissionDefinition[] All =
    [
        new(View, "查看工作要点", "工作要点", DefaultRoles:
            [BuiltInRoles.Leadership, BuiltInRoles.PlanOwner, BuiltInRoles.DivisionStaff, BuiltInRoles.DistrictStaff]),
        new(Import, "导入工作要点", "工作要点", DefaultRoles: [BuiltInRoles.PlanOwner]),
        new(Edit, "编辑工作要点", "工作要点", DefaultRoles: [BuiltInRoles.PlanOwner]),
    ];
}
