using Kechuang.Modules.Registry.Platforms;
using Kechuang.Modules.Registry.Talents.ListTalents;
using Kechuang.Modules.Registry.Tests.Platforms;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using MiniExcelLibs;
using static Kechuang.Modules.Registry.Tests.Talents.ImportTalents.TalentImportTests;
using static Kechuang.Modules.Registry.Tests.Talents.ListTalents.ListTalentsTests;

namespace Kechuang.Modules.Registry.Tests.Talents.ExportTalents;

public sealed class ExportTalentsTests
{
    private static async Task<(ExportedFile File, string Path)> ExportAsync(TestDatabase database, CurrentUser user, TalentFilter filter)
    {
        var path = ScopedServices.TempXlsx();
        await using var file = File.Create(path);
        var result = await database.RunAsync<Registry.Talents.ExportTalents.ExportTalents, Result<ExportedFile>>(
            e => e.ExecuteAsync(user, filter, file, CancellationToken.None));
        return (result.Value, path);
    }

    [Theory, DatabaseData]
    public async Task Export_HoldsOnlyMaskedIdentifiers_AndIsRefusedOnReimportUntilFilledIn(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);

        var (file, path) = await ExportAsync(database, users.City, new TalentFilter());
        var reimported = await database.ImportAsync("talents", path);

        Assert.Equal(4, file.Rows);
        var rows = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4, rows.Count);
        var ids = rows.Select(r => r["证件号码"]?.ToString() ?? "").ToList();
        Assert.All(ids, id => Assert.Contains("**", id, StringComparison.Ordinal));
        Assert.DoesNotContain(ids, id => new[] { IdNumber(1), IdNumber(2), IdNumber(3), "E12345678" }.Contains(id));
        var note = MiniExcel.Query(path, useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object?>>().Single();
        Assert.Contains("脱敏", note["说明"]?.ToString(), StringComparison.Ordinal);
        Assert.Equal(4, reimported.Value.Counts.Rejected);
        Assert.All(reimported.Value.Errors, e => Assert.Contains("脱敏显示的证件号码", e.Message, StringComparison.Ordinal));
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_ExportsOnlyTheirDistrictsTalents(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var users = await SeedAsync(database);

        var (file, path) = await ExportAsync(database, users.Yanta, new TalentFilter());

        Assert.Equal(2, file.Rows);
        var names = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => r["姓名"]?.ToString()).ToList();
        Assert.Equal(["王晓明", "John Smith"], names.Order(StringComparer.Ordinal).Reverse());
    }
}
