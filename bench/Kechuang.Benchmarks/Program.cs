using BenchmarkDotNet.Running;
using Kechuang.Benchmarks.Security;

if (args is ["security-load", ..])
{
    await SecurityLoad.RunAsync(args[1..]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
