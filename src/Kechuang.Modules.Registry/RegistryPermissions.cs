using Kechuang.Platform.Access;
using Kechuang.Platform.Identity;

namespace Kechuang.Modules.Registry;

public static class RegistryPermissions
{
    public const string View = "Registry.View";
    public const string Edit = "Registry.Edit";
    public const string Import = "Registry.Import";
    public const string Export = "Registry.Export";

    /// <summary>Reading the talents' personal identifiers unmasked (audited as a sensitive read).</summary>
    public const string RevealPersonalData = "Registry.RevealPersonalData";

    public static readonly PermissionDefinition[] All =
    [
        new(View, "查看创新主体库", "创新主体库", DefaultRoles:
            [BuiltInRoles.Leadership, BuiltInRoles.PlanOwner, BuiltInRoles.DivisionStaff, BuiltInRoles.DistrictStaff]),
        new(Edit, "录入与修改创新主体", "创新主体库", DefaultRoles:
            [BuiltInRoles.PlanOwner, BuiltInRoles.DivisionStaff, BuiltInRoles.DistrictStaff]),
        new(Import, "批量导入与撤销导入", "创新主体库", DefaultRoles: [BuiltInRoles.PlanOwner, BuiltInRoles.DivisionStaff]),
        new(Export, "导出创新主体数据", "创新主体库", DefaultRoles:
            [BuiltInRoles.Leadership, BuiltInRoles.PlanOwner, BuiltInRoles.DivisionStaff, BuiltInRoles.DistrictStaff]),
        // The talents lie in districts: the planning division (all data) and a district bureau (its own) can reveal.
        new(RevealPersonalData, "查看人才完整证件号码", "创新主体库", DefaultRoles:
            [BuiltInRoles.PlanOwner, BuiltInRoles.DistrictStaff, BuiltInRoles.DivisionStaff]),
    ];
}
