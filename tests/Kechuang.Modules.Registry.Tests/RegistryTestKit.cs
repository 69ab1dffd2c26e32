using System.Text;
using Kechuang.Modules.Registry.Imports;
using Kechuang.Modules.Registry.Imports.RunImport;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Modules.Registry.Tests;

/// <summary>Shared steps: write an import file, run an import through the real use case.</summary>
internal static class RegistryTestKit
{
    /// <summary>Real, check-character-valid USCCs of the same shape as Xi'an's (generated from the 17 leading characters).</summary>
    public static string Uscc(int n)
    {
        var first17 = "91610131" + n.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        return first17 + Platform.Codes.Uscc.CheckCharacter(first17);
    }

    public static string CsvFile(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kechuang-import-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(true));
        return path;
    }

    public static async Task<Result<Registry.Imports.RollbackImport.ImportRolledBack>> RollbackAsync(this TestDatabase database, Guid batchId,
        CurrentUser? user = null)
    {
        await using var scope = database.CreateScope();
        var rollback = scope.ServiceProvider.GetRequiredService<Registry.Imports.RollbackImport.RollbackImport>();
        return await rollback.ExecuteAsync(batchId, user ?? CurrentUser.ServerConsole, CancellationToken.None);
    }

    public const string EnterpriseHeader = "统一社会信用代码,企业名称,所在区县,所属开发区,国民经济行业代码,技术领域,成立日期,所得税征收方式,是否规上企业,上市情况";

    public static async Task<Result<ImportResult>> ImportAsync(this TestDatabase database, string registryKey, string path,
        ImportMode mode = ImportMode.ValidRowsOnly, CurrentUser? user = null, string? fileName = null)
    {
        await using var scope = database.CreateScope();
        var imports = scope.ServiceProvider.GetRequiredService<RegistryImports>();
        var run = scope.ServiceProvider.GetRequiredService<RunImport>();
        var import = imports.Find(registryKey) ?? throw new InvalidOperationException($"No import {registryKey}");
        return await run.ExecuteAsync(import, new ImportSource(fileName ?? Path.GetFileName(path), path), mode,
            user ?? CurrentUser.ServerConsole, CancellationToken.None);
    }
}
