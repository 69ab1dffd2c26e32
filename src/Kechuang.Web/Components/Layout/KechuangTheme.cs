using MudBlazor;

namespace Kechuang.Web.Components.Layout;

public static class KechuangTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5fa8",
            Secondary = "#c0392b",
            AppbarBackground = "#1f5fa8",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["\"Noto Sans CJK SC\"", "\"PingFang SC\"", "\"Microsoft YaHei\"", "sans-serif"],
            },
        },
    };
}
