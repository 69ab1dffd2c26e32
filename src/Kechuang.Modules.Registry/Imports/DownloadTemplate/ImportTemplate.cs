using Kechuang.Platform.Files.Tables;

namespace Kechuang.Modules.Registry.Imports.DownloadTemplate;

/// <summary>
/// A registry's blank import template: the data sheet with the Chinese headers (required ones marked *, which the
/// reader ignores) and a 填写说明 sheet with each column's rule and an example. Examples stay out of the data sheet,
/// so a template filled in without deleting them cannot import a fictitious record.
/// </summary>
public static class ImportTemplate
{
    public static string FileName(RegistryImport import, TableFormat format) =>
        $"{import.Title}导入模板{(format == TableFormat.Csv ? ".csv" : ".xlsx")}";

    public static Task WriteAsync(RegistryImport import, TableFormat format, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(import);
        var headers = import.Fields.Select(f => f.Required ? f.Header + "*" : f.Header).ToList();
        var instructions = import.Fields
            .Select(f => (IReadOnlyList<object?>)[f.Header, f.Required ? "必填" : "选填", f.Hint, f.Example,
                f.Aliases is { Count: > 0 } aliases ? string.Join("、", aliases) : null])
            .Concat(import.Notes.Select(n => (IReadOnlyList<object?>)["说明", null, n, null, null]))
            .Concat([["说明", null, "带 * 的列必须填写；日期可写 2021-03-05、2021/3/5 或 2021年3月5日；金额可带单位（如 12.5万元、3亿元）。", null, null]])
            .ToList();
        return TableWriter.WriteAsync(output, format, headers, [], import.Title,
            [new TableSheet("填写说明", ["列名", "是否必填", "填写说明", "示例", "也可使用的列名"], instructions)], cancellationToken);
    }
}
