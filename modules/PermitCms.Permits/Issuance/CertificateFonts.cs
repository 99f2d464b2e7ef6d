using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace PermitCms.Permits.Issuance;

/// <summary>The sizes the form uses, all of the one embedded CJK font (bold is simulated), Unicode-encoded so that text extracts.</summary>
internal sealed class CertificateFonts(string family)
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public XFont Title { get; } = new(family, 18, XFontStyleEx.Bold, Unicode);

    public XFont Label { get; } = new(family, 9.5, XFontStyleEx.Bold, Unicode);

    public XFont Body { get; } = new(family, 9.5, XFontStyleEx.Regular, Unicode);

    public XFont Small { get; } = new(family, 8, XFontStyleEx.Regular, Unicode);

    public XFont SmallBold { get; } = new(family, 8, XFontStyleEx.Bold, Unicode);
}
