using Kechuang.Platform.Access;

namespace Kechuang.Modules.WorkPlans;

public static class WorkPlanPermissions
{
    public const string View = "WorkPlans.View";
    public const string Import = "WorkPlans.Import";
    public const string Edit = "WorkPlans.Edit";

    public static readonly PermissionDefinition[] All =
    [
        new(View, "查看工作要点", "工作要点"),
        new(Import, "导入工作要点", "工作要点"),
        new(Edit, "编辑工作要点", "工作要点"),
    ];
}
