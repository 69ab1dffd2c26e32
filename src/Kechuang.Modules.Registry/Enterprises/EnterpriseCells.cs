using System.Globalization;
using Kechuang.Modules.Registry.Enterprises.ImportEnterprises;

namespace Kechuang.Modules.Registry.Enterprises;

/// <summary>
/// An enterprise's master record written the way its import template reads it (codes, labels, yyyy-MM-dd, 是/否), in
/// the order of <see cref="EnterpriseImport.Fields"/>: the export and the edit form use it, so both re-read unchanged.
/// </summary>
public static class EnterpriseCells
{
    public static string?[] Of(EnterpriseValues v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var cells = new string?[10];
        cells[EnterpriseImport.UsccField] = v.Uscc;
        cells[EnterpriseImport.NameField] = v.Name;
        cells[EnterpriseImport.RegionField] = v.RegionCode;
        cells[EnterpriseImport.ZoneField] = DevelopmentZones.NameOf(v.ZoneCode);
        cells[EnterpriseImport.IndustryField] = v.IndustryCode;
        cells[EnterpriseImport.FieldField] = v.TechField is null ? null : RegistryLabels.Label(RegistryLabels.TechFields, v.TechField);
        cells[EnterpriseImport.FoundedField] = v.FoundedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        cells[EnterpriseImport.TaxField] = v.TaxMode is null ? null : RegistryLabels.Label(RegistryLabels.TaxModes, v.TaxMode);
        cells[EnterpriseImport.SizeField] = v.AboveDesignatedSize ? "是" : "否";
        cells[EnterpriseImport.ListingField] = RegistryLabels.Label(RegistryLabels.Listings, v.Listing);
        return cells;
    }

    /// <summary>The cells keyed by the template's headers, as a form posts them to <see cref="Imports.RowFields.FromValues"/>.</summary>
    public static Dictionary<string, string?> ByHeader(EnterpriseImport import, EnterpriseValues values)
    {
        ArgumentNullException.ThrowIfNull(import);
        var cells = Of(values);
        return import.Fields.Select((f, i) => (f.Header, Value: cells[i])).ToDictionary(x => x.Header, x => x.Value, StringComparer.Ordinal);
    }
}
