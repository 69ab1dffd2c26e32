using Kechuang.Modules.Registry.Contracts.SaveContract;
using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Results;
using Kechuang.Testing.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Kechuang.Modules.Registry.Tests.Contracts.ContractsTestKit;

namespace Kechuang.Modules.Registry.Tests.Contracts.SaveContract;

public sealed class SaveContractTests
{
    private static Dictionary<string, string?> Form(string number = "2025610113000501", string sellerRegion = Yanta, string amount = "120",
        string techAmount = "100") => new()
    {
        ["合同登记号"] = number,
        ["登记日期"] = "2025-03-18",
        ["登记机构"] = "西安市技术合同登记处",
        ["合同类型"] = "开发",
        ["合同名称"] = "工业机器人视觉定位系统开发",
        ["卖方名称"] = "西安秦创智能科技有限公司",
        ["卖方所在地"] = sellerRegion,
        ["买方名称"] = "北京中关村智造有限公司",
        ["买方所在地"] = "110108",
        ["合同成交额"] = amount,
        ["技术交易额"] = techAmount,
    };

    private static CurrentUser District(Unit unit, DataScope scope) =>
        new(scope.UserId, "yanta", "雁塔录入员", unit.Id, unit.Path, new HashSet<string>(), scope);

    [Theory, DatabaseData]
    public async Task Create_StoresTheContractWithTheImportsRules_AndEditChecksTheVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bureaus = await database.AddBureausAsync();
        var user = District(bureaus.Yanta, bureaus.YantaUser);
        await using var scope = database.CreateScope();
        var save = scope.ServiceProvider.GetRequiredService<Registry.Contracts.SaveContract.SaveContract>();

        var created = await save.CreateAsync(user, new ContractForm(Form()), CancellationToken.None);
        var again = await save.CreateAsync(user, new ContractForm(Form()), CancellationToken.None);
        var edited = await save.UpdateAsync(user, created.Saved!.Id, new ContractForm(Form(amount: "150万元"), 1), CancellationToken.None);
        var stale = await save.UpdateAsync(user, created.Saved.Id, new ContractForm(Form(amount: "160"), 1), CancellationToken.None);

        Assert.Equal(ErrorKind.Conflict, again.Error?.Kind);
        Assert.Equal(2, edited.Saved?.Version);
        Assert.Equal(ErrorKind.Conflict, stale.Error?.Kind);
        Assert.Contains("已被他人修改", stale.Error!.Message, StringComparison.Ordinal);
        await using var db = database.NewDbContext();
        var contract = await db.TechContracts().SingleAsync();
        Assert.Equal(Wan(150), contract.ContractAmountFen);
        Assert.Equal(bureaus.Yanta.Id, contract.OwnerUnitId);
        Assert.Equal(user.UserId, contract.CreatedByUserId);
    }

    [Theory, DatabaseData]
    public async Task Create_WithWrongFields_ReportsEachFieldAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var scope = database.CreateScope();
        var save = scope.ServiceProvider.GetRequiredService<Registry.Contracts.SaveContract.SaveContract>();
        var form = Form(amount: "100", techAmount: "120");
        form["卖方名称"] = "";

        var outcome = await save.CreateAsync(CurrentUser.ServerConsole, new ContractForm(form), CancellationToken.None);

        Assert.Null(outcome.Saved);
        Assert.Contains(outcome.FieldErrors, e => e.Field == "卖方名称" && e.Message.Contains("必填", StringComparison.Ordinal));
        Assert.Contains(outcome.FieldErrors, e => e.Field == "技术交易额" && e.Message.Contains("不能大于合同成交额", StringComparison.Ordinal));
        await using var db = database.NewDbContext();
        Assert.Equal(0, await db.TechContracts().CountAsync());
    }

    [Theory, DatabaseData]
    public async Task DistrictUser_CannotEnterOrEditOtherDistrictsContracts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bureaus = await database.AddBureausAsync();
        var yanta = District(bureaus.Yanta, bureaus.YantaUser);
        await using var scope = database.CreateScope();
        var save = scope.ServiceProvider.GetRequiredService<Registry.Contracts.SaveContract.SaveContract>();
        var beilins = await save.CreateAsync(CurrentUser.ServerConsole, new ContractForm(Form("2025610103000601", Beilin)), CancellationToken.None);

        var entered = await save.CreateAsync(yanta, new ContractForm(Form("2025610103000602", Beilin)), CancellationToken.None);
        var edited = await save.UpdateAsync(yanta, beilins.Saved!.Id, new ContractForm(Form("2025610103000601", Yanta), 1), CancellationToken.None);

        Assert.Contains(entered.FieldErrors, e => e.Field == "卖方所在地" && e.Message.Contains("不在您的数据范围内", StringComparison.Ordinal));
        Assert.Equal(ErrorKind.NotFound, edited.Error?.Kind);
        await using var db = database.NewDbContext();
        Assert.Equal(Beilin, (await db.TechContracts().SingleAsync()).SellerRegionCode);
    }
}
