namespace PermitCms.Permits.Issuance;

/// <summary>Configuration section <c>Permits</c>: how the 电子批准单 is issued and verified.</summary>
public sealed class IssuanceOptions
{
    public const string Section = "Permits";

    /// <summary>
    /// The CJK TrueType font embedded in the PDF for Chinese text. PDFsharp embeds TrueType outlines only, so Noto CJK
    /// (CFF outlines) will not do; Debian's fonts-droid-fallback gives this file. Relative paths are under the content root.
    /// </summary>
    public string CertificateFontPath { get; set; } = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    /// <summary>
    /// The TrueType font for everything that is not CJK (digits, Latin, codes, the URL): Droid Sans Fallback has no
    /// ASCII glyphs. Debian's fonts-dejavu-core gives this file. Relative paths are under the content root.
    /// </summary>
    public string CertificateLatinFontPath { get; set; } = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary>The site's public address for the QR code's verification URL (e.g. <c>https://permit.example.cn</c>); empty = the request's.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The verification page's absolute URL (the PDF's QR code, the API's field): <see cref="PublicBaseUrl"/>, else the request's.</summary>
    public string VerificationUrl(string token, string requestBaseUrl)
        => $"{(string.IsNullOrWhiteSpace(PublicBaseUrl) ? requestBaseUrl : PublicBaseUrl).TrimEnd('/')}/Verify/{token}";

    /// <summary>有效期: months from the approval date. The manual sets no rule; six months is this product's choice.</summary>
    public int ValidityMonths { get; set; } = 6;
}
