namespace Kechuang.Modules.Registry.Imports;

public static class ImportLabels
{
    public static string Mode(ImportMode mode) => mode switch
    {
        ImportMode.CheckOnly => "仅校验",
        ImportMode.AllOrNothing => "全部正确才导入",
        ImportMode.ValidRowsOnly => "只导入正确的行",
        _ => mode.ToString(),
    };

    public static string Status(ImportBatchStatus status) => status switch
    {
        ImportBatchStatus.Checked => "仅校验",
        ImportBatchStatus.Committed => "已导入",
        ImportBatchStatus.Refused => "未导入（有错误）",
        ImportBatchStatus.RolledBack => "已撤销",
        _ => status.ToString(),
    };

    /// <summary>The API's mode names: check, all-or-nothing, valid-rows.</summary>
    public static ImportMode? ParseMode(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "check" or "check-only" or "仅校验" => ImportMode.CheckOnly,
        "all-or-nothing" or "all" or "全部正确才导入" => ImportMode.AllOrNothing,
        "valid-rows" or "valid" or "只导入正确的行" or null or "" => ImportMode.ValidRowsOnly,
        _ => null,
    };
}
