using BenchmarkDotNet.Running;
using Kechuang.Benchmarks.Registry;
using Kechuang.Benchmarks.Security;

if (args is ["security-load", ..])
{
    await SecurityLoad.RunAsync(args[1..]);
    return;
}
if (args is ["registry", ..])
{
    await RegistryBench.RunAsync(args[1..]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
