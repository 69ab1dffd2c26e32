using Kechuang.Platform.Database;
using Microsoft.Extensions.Configuration;

namespace Kechuang.Modules.Registry.Imports;

/// <summary><c>Registry:Import</c>: the upload limit, where uploads and reports are kept, and the chunk size.</summary>
public sealed record ImportOptions(long MaxFileBytes, string Folder, int ChunkSize)
{
    public const string Section = "Registry:Import";

    public static ImportOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var folder = section["Folder"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : DatabaseOptions.ResolveUnderCheckout("data/imports", Directory.GetCurrentDirectory());
        return new ImportOptions(
            section.GetValue<long?>("MaxFileBytes") ?? 300L * 1024 * 1024,
            folder,
            section.GetValue<int?>("ChunkSize") ?? 2000);
    }
}
