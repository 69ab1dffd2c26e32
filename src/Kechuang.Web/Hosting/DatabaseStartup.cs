using Kechuang.Platform.Database;
using Kechuang.Platform.Identity;
using Kechuang.Platform.Identity.Policy;

namespace Kechuang.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies migrations, makes sure the built-in roles and the first administrator exist (printing its one-time
    /// password to the console) and, in demo mode, loads the demo content and demo accounts.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        var password = await services.GetRequiredService<IdentityBootstrap>().EnsureAsync(CancellationToken.None);
        if (password is not null)
        {
            // Printed once, to the console only (never to the log files): the administrator must change it at first sign-in.
            Console.WriteLine();
            Console.WriteLine("========================================================================");
            Console.WriteLine($" 已创建首个系统管理员账号：{IdentityBootstrap.FirstAdministratorUserName}");
            Console.WriteLine($" 初始密码（仅显示这一次，首次登录须修改）：{password}");
            Console.WriteLine("========================================================================");
            Console.WriteLine();
        }
        await services.GetRequiredService<SecurityPolicies>().GetAsync(services.GetRequiredService<KechuangDbContext>(), CancellationToken.None);
        if (app.Configuration.GetValue("Demo:Enabled", false))
        {
            foreach (var seeder in services.GetServices<IDemoSeeder>())
            {
                await seeder.SeedAsync(app.Environment.ContentRootPath, CancellationToken.None);
            }
        }
    }
}
