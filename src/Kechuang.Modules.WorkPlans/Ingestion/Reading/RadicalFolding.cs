using System.Text;

namespace Kechuang.Modules.WorkPlans.Ingestion.Reading;

/// <summary>
/// CJK fonts share one glyph between a radical and the ideograph it looks like, and PDF producers often map that glyph
/// back to the radical code point (⼯ U+2F2F for 工, ⻓ U+2ED3 for 长). Text copied from such PDFs carries them too.
/// They look identical but match nothing, so they are folded to the ideograph; a plan never means the radical itself.
/// </summary>
internal static class RadicalFolding
{
    // CJK Radicals Supplement → ideograph; NFKC covers the Kangxi Radicals block but only two of these.
    private const string Supplement =
        "⺁厂⺃乚⺅亻⺆冂⺌小⺎尢⺏尣⺐尢⺒巳⺓幺⺔彑⺖忄⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺨犭⺩王⺪疋⺫罒"
        + "⺬示⺭礻⺮竹⺯糸⺰纟⺱罓⺲罒⺶羊⺷羊⺹耂⺺肀⺻聿⺼月⺽臼⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇角⻈讠⻉贝⻋车⻌辶⻍辶⻎辶"
        + "⻏阝⻐钅⻑長⻒镸⻓长⻔门⻕阝⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻡首⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐"
        + "⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟";

    private static readonly Dictionary<char, char> SupplementMap = BuildMap();

    public static IReadOnlyList<string> Fold(IReadOnlyList<string> lines)
    {
        if (!lines.Any(NeedsFolding))
        {
            return lines;
        }

        return lines.Select(l => NeedsFolding(l) ? Fold(l) : l).ToList();
    }

    public static string Fold(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c is >= '\u2F00' and <= '\u2FDF')
            {
                builder.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            else if (SupplementMap.TryGetValue(c, out var ideograph))
            {
                builder.Append(ideograph);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsFolding(string line) => line.AsSpan().IndexOfAnyInRange('\u2E80', '\u2FDF') >= 0;

    private static Dictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Supplement.Length; i += 2)
        {
            map[Supplement[i]] = Supplement[i + 1];
        }

        return map;
    }
}
