using System.CommandLine;
using Kechuang.Platform.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Kechuang.Cli.Commands;

internal static class DbCommands
{
    public static Command Create(CliConsole console)
    {
        var migrate = new Command("migrate", "应用数据库迁移（生产环境 PostgreSQL 部署时使用）");
        migrate.SetAction(async (_, cancellationToken) =>
        {
            await using var services = console.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            var options = services.GetRequiredService<DatabaseOptions>();
            await console.Out.WriteLineAsync(applied.Count == 0
                ? $"数据库已是最新（{options.Provider}）。"
                : $"已应用 {applied.Count} 个迁移（{options.Provider}）：{string.Join("、", applied)}");
            return 0;
        });
        return new Command("db", "数据库维护") { migrate };
    }
}
