using Microsoft.AspNetCore.Authorization;

namespace Kechuang.Platform.Access;

/// <summary>A permission is a named policy per action (e.g. <c>WorkPlans.Import</c>).</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
