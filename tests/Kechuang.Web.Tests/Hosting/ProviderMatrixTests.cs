using Kechuang.Testing.Identity;
using Kechuang.Modules.WorkPlans;
using System.Net;
using Kechuang.Platform.Database;
using Kechuang.Testing.Database;
using Kechuang.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Web.Tests.Hosting;

public sealed class ProviderMatrixTests
{
    [Theory, DatabaseData]
    public async Task HostOnAnEmptyDatabase_MigratesItAndServesTheApi(DatabaseProvider provider)
    {
        await using var factory = new KechuangWebFactory { Options = new() { Provider = provider } };
        using var client = await factory.CreateClientWithAsync(WorkPlanPermissions.View);

        using var response = await client.GetAsync(new Uri("/api/work-plans/plans", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KechuangDbContext>();
        Assert.Equal(provider, db.Provider);
        Assert.Equal(factory.Database.ConnectionString, db.Database.GetConnectionString());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}

public sealed class TestDatabaseMirrorsTheHostTests
{
    [Fact]
    public async Task TestDatabase_RegistersTheSameModuleModelsAsTheHost()
    {
        await using var factory = new KechuangWebFactory();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var host = factory.Services.GetServices<IModuleModel>().Select(m => m.GetType().FullName).Order(StringComparer.Ordinal);
        var test = database.Services.GetServices<IModuleModel>().Select(m => m.GetType().FullName).Order(StringComparer.Ordinal);

        Assert.NotEmpty(host);
        Assert.Equal(host, test);
    }
}
