using System.CommandLine;
using Kechuang.Cli.Commands;

namespace Kechuang.Cli;

/// <summary>The `kechuang` command: a thin door onto the same use cases as the web host.</summary>
public static class KechuangCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var console = new CliConsole(output ?? Console.Out, error ?? Console.Error, settings);
        var root = new RootCommand("科创 Kechuang 命令行工具：解析与导入工作要点、数据库迁移、审计链校验与存证、账号维护。数据库配置与网站相同（环境变量 Database__Provider、ConnectionStrings__Kechuang）。")
        {
            PlanCommands.Create(console),
            DbCommands.Create(console),
            AuditCommands.Create(console),
            UserCommands.Create(console),
            RegistryCommands.Create(console),
            DemoCommands.Create(console),
        };
        var parse = root.Parse(args);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }
}
