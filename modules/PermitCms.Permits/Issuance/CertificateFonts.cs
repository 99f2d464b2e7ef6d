using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace PermitCms.Permits.Issuance;

/// <summary>
/// The sizes the form uses, each a CJK + Latin pair of embedded TrueType fonts (bold is simulated), Unicode-encoded so
/// that every character extracts as text.
/// </summary>
internal sealed class CertificateFonts(string cjkFamily, string latinFamily)
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public CertificateFont Title { get; } = Pair(cjkFamily, latinFamily, 18, XFontStyleEx.Bold);

    public CertificateFont Label { get; } = Pair(cjkFamily, latinFamily, 9.5, XFontStyleEx.Bold);

    public CertificateFont Body { get; } = Pair(cjkFamily, latinFamily, 9.5, XFontStyleEx.Regular);

    public CertificateFont Small { get; } = Pair(cjkFamily, latinFamily, 8, XFontStyleEx.Regular);

    public CertificateFont SmallBold { get; } = Pair(cjkFamily, latinFamily, 8, XFontStyleEx.Bold);

    private static CertificateFont Pair(string cjk, string latin, double size, XFontStyleEx style)
        => new(new XFont(cjk, size, style, Unicode), new XFont(latin, size, style, Unicode));
}
