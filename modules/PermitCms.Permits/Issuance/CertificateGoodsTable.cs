using System.Globalization;
using PdfSharp.Drawing;

namespace PermitCms.Permits.Issuance;

/// <summary>商品信息 on the form: one row per goods line, continued on new pages with the header repeated.</summary>
internal sealed class CertificateGoodsTable(CertificateFonts fonts)
{
    private const double LineHeight = 12;
    private const double HeaderHeight = 18;

    private static readonly (string Header, double Width)[] Columns =
    [
        ("序号", 28), ("节目名称", 100), ("原名", 90), ("商品编码", 62), ("载体", 38), ("原产国(地区)", 55), ("数量", 40), ("单位", 30), ("总价", 72),
    ];

    /// <summary>Draws the table from <paramref name="top"/>; the last page keeps <paramref name="reserveAtEnd"/> free. Returns where it ended.</summary>
    public (XGraphics Gfx, double Y) Draw(XGraphics gfx, IReadOnlyList<CertificateLine> lines, double top, double reserveAtEnd, Func<XGraphics> newPage)
    {
        var bottom = CertificatePdf.PageHeight - CertificatePdf.Margin - 10;
        fonts.Label.Draw(gfx, $"商品信息（共 {lines.Count} 项）", XBrushes.Black, CertificatePdf.Margin, top);
        var y = DrawHeader(gfx, top + 16);
        foreach (var line in lines)
        {
            var cells = Cells(line).Select((text, i) => CertificateText.Wrap(gfx, text, fonts.Small, Columns[i].Width - 6, 2)).ToList();
            var height = (cells.Max(c => c.Count) * LineHeight) + 6;
            if (y + height > bottom)
            {
                gfx = newPage();
                y = DrawHeader(gfx, CertificatePdf.Margin);
            }

            var x = CertificatePdf.Margin;
            for (var i = 0; i < Columns.Length; i++)
            {
                gfx.DrawRectangle(XPens.Black, x, y, Columns[i].Width, height);
                CertificateText.DrawLines(gfx, cells[i], fonts.Small, x + 3, y + 3, LineHeight);
                x += Columns[i].Width;
            }

            y += height;
        }

        if (y + reserveAtEnd > bottom)
        {
            gfx = newPage();
            y = CertificatePdf.Margin;
        }

        return (gfx, y);
    }

    private double DrawHeader(XGraphics gfx, double y)
    {
        var x = CertificatePdf.Margin;
        foreach (var (header, width) in Columns)
        {
            gfx.DrawRectangle(XBrushes.WhiteSmoke, x, y, width, HeaderHeight);
            gfx.DrawRectangle(XPens.Black, x, y, width, HeaderHeight);
            fonts.SmallBold.Draw(gfx, header, XBrushes.Black, x + 3, y + 4);
            x += width;
        }

        return y + HeaderHeight;
    }

    private static string[] Cells(CertificateLine l) =>
    [
        l.LineNo.ToString(CultureInfo.InvariantCulture), l.Title, l.OriginalTitle, l.HsCode, l.Carrier, l.Country,
        l.Quantity.ToString(CultureInfo.InvariantCulture), l.Unit, $"{l.TotalPrice.ToString("0.00", CultureInfo.InvariantCulture)} {l.Currency}",
    ];
}
