namespace Kechuang.Modules.Registry.Imports;

/// <summary>Every registry import the module registers, by key (the URL segment and the batch's registry).</summary>
public sealed class RegistryImports(IEnumerable<RegistryImport> all)
{
    public IReadOnlyList<RegistryImport> All { get; } = all.ToList();

    public RegistryImport? Find(string key) => All.FirstOrDefault(i => string.Equals(i.Key, key, StringComparison.Ordinal));
}
