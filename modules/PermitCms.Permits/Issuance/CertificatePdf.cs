using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using PermitCms.Core.Formatting;

namespace PermitCms.Permits.Issuance;

/// <summary>
/// Lays the 电子批准单 out like the paper form on A4: title, the fields in a two-column table, the goods table
/// (continued on further pages, its header repeated), and on the last page the issuing date and the QR code.
/// Text is drawn with the embedded fonts (CJK + Latin runs, see <see cref="CertificateFont"/>), so it stays text (searchable, extractable), never pictures.
/// </summary>
internal sealed class CertificatePdf
{
    internal const double Margin = 40;
    internal const double PageWidth = 595;
    internal const double PageHeight = 842;
    internal const double ContentWidth = PageWidth - (2 * Margin);
    private const double QrSize = 110;

    private readonly string cjkFontPath;
    private readonly string latinFontPath;

    public CertificatePdf(IOptions<IssuanceOptions> options, IHostEnvironment environment)
    {
        string Rooted(string path) => Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path);
        cjkFontPath = Rooted(options.Value.CertificateFontPath);
        latinFontPath = Rooted(options.Value.CertificateLatinFontPath);
    }

    /// <summary>Loads both fonts, so that a missing one fails before anything is issued.</summary>
    /// <exception cref="CertificateFontMissingException">A configured font file is not there.</exception>
    public void EnsureFonts()
    {
        CertificateFontResolver.EnsureFont(cjkFontPath);
        CertificateFontResolver.EnsureFont(latinFontPath);
    }

    /// <exception cref="CertificateFontMissingException">A configured font file is not there.</exception>
    public byte[] Render(PermitCertificate certificate)
    {
        EnsureFonts();
        var fonts = new CertificateFonts(cjkFontPath, latinFontPath);
        using var document = new PdfDocument();
        document.Info.Title = $"{PermitCertificate.Title} {certificate.ApprovalFormNo}";
        document.Info.Creator = "PermitCms";

        var pages = new List<(PdfPage Page, XGraphics Gfx)>();
        (PdfPage, XGraphics) NewPage()
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            var gfx = XGraphics.FromPdfPage(page);
            pages.Add((page, gfx));
            return (page, gfx);
        }

        var (_, first) = NewPage();
        var y = DrawHeader(first, fonts, certificate);
        y = CertificateFields.Draw(first, fonts, certificate, y);
        var table = new CertificateGoodsTable(fonts);
        var last = table.Draw(first, certificate.Lines, y + 16, QrSize + 40, () => NewPage().Item2);
        DrawFooter(last.Gfx, fonts, certificate, last.Y);

        for (var i = 0; i < pages.Count; i++)
        {
            var gfx = pages[i].Gfx;
            CertificateText.DrawAligned(gfx, $"第 {i + 1} 页 共 {pages.Count} 页", fonts.Small, XBrushes.Gray, Margin, PageHeight - 28, ContentWidth, XParagraphAlignment.Center);
            gfx.Dispose();
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static double DrawHeader(XGraphics gfx, CertificateFonts fonts, PermitCertificate c)
    {
        CertificateText.DrawAligned(gfx, PermitCertificate.Title, fonts.Title, XBrushes.Black, Margin, Margin, ContentWidth, XParagraphAlignment.Center);
        CertificateText.DrawAligned(gfx, "（电子批准单）", fonts.Body, XBrushes.Black, Margin, Margin + 30, ContentWidth, XParagraphAlignment.Center);
        CertificateText.DrawAligned(gfx, $"批准单编号：{c.ApprovalFormNo}", fonts.Body, XBrushes.Black, Margin, Margin + 52, ContentWidth, XParagraphAlignment.Right);
        return Margin + 70;
    }

    private static void DrawFooter(XGraphics gfx, CertificateFonts fonts, PermitCertificate c, double tableBottom)
    {
        var qrTop = Math.Max(tableBottom + 16, PageHeight - Margin - QrSize - 24);
        var qrLeft = PageWidth - Margin - QrSize;
        QrImage.Draw(gfx, c.VerificationUrl, qrLeft, qrTop, QrSize);

        CertificateText.DrawAligned(gfx, "扫码联网核查", fonts.Small, XBrushes.Black, qrLeft, qrTop + QrSize + 2, QrSize, XParagraphAlignment.Center);
        var text = new[]
        {
            $"签发日期：{Date(c.ApprovedAt)}",
            $"有效期至：{Date(c.ValidUntil)}",
            "本批准单为电子批准单，与纸质批准单具有同等效力。",
            "真伪及核销状态请扫描右侧二维码，或访问：",
        };
        CertificateText.DrawLines(gfx, text, fonts.Body, Margin, qrTop + 8, 18);
        var url = CertificateText.Wrap(gfx, c.VerificationUrl, fonts.Small, ContentWidth - QrSize - 20, 2);
        CertificateText.DrawLines(gfx, url, fonts.Small, Margin, qrTop + 80, 12);
    }

    internal static string Date(DateTime utc) => DisplayTime.Format(utc, "yyyy年MM月dd日");
}
