using System.CommandLine;

namespace Kechuang.Cli;

public static class KechuangCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var root = new RootCommand("科创 Kechuang 命令行工具");
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error };
        return await parse.InvokeAsync(config);
    }
}
