using Kechuang.Platform.Database;

namespace Kechuang.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>Applies migrations at start-up and, in demo mode, loads the demo content.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        if (app.Configuration.GetValue("Demo:Enabled", false))
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>())
            {
                await seeder.SeedAsync(app.Environment.ContentRootPath, CancellationToken.None);
            }
        }
    }
}
