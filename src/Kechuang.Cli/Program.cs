using Kechuang.Cli;

return await KechuangCli.RunAsync(args);
