using System.Collections;
using System.Globalization;
using System.Resources;
using Kechuang.Web.Hosting;

namespace Kechuang.Web.Tests.Hosting;

public sealed class ChineseMudLocalizerTests
{
    [Fact]
    public void EveryMudBlazorText_HasAChineseTranslation()
    {
        // MudBlazor's own English texts; a library upgrade that adds one fails here until it is translated.
        var resources = new ResourceManager("MudBlazor.Resources.LanguageResource", typeof(MudBlazor.MudButton).Assembly);
        var keys = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!
            .Cast<DictionaryEntry>()
            .Select(entry => (string)entry.Key)
            .ToList();
        Assert.NotEmpty(keys);

        var localizer = new ChineseMudLocalizer();
        var missing = keys.Where(key => localizer[key].ResourceNotFound).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "Untranslated MudBlazor texts: " + string.Join(", ", missing));
    }

    [Fact]
    public void PagerTexts_AreChinese()
    {
        var localizer = new ChineseMudLocalizer();

        Assert.Equal("每页行数：", localizer["MudDataGridPager_RowsPerPage"].Value);
        Assert.Equal("下一页", localizer["MudTablePager_NextPage"].Value);
    }
}
