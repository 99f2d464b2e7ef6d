using System.Text;
using PdfSharp.Drawing;

namespace PermitCms.Permits.Issuance;

/// <summary>
/// One size and weight of the form's text as a pair of embedded TrueType fonts: no glyf-outline CJK font on Debian
/// also has Latin glyphs (Droid Sans Fallback has none, Noto CJK is CFF, which PDFsharp cannot embed), so each string
/// is drawn in runs: CJK and full-width characters with the CJK font, everything else (digits, Latin, codes, URLs)
/// with the Latin font. Both share one baseline, so a mixed line reads as one.
/// </summary>
internal sealed class CertificateFont(XFont cjk, XFont latin)
{
    /// <summary>Where the baseline sits below the top of the line, as a share of the font size (both fonts alike).</summary>
    private const double BaselineShare = 0.88;

    public double Size => cjk.Size;

    /// <summary>From CJK Radicals (U+2E80) up: ideographs, kana, CJK punctuation, full-width forms (and surrogates, i.e. CJK Ext. B+).</summary>
    public static bool IsCjk(char c) => c >= '\u2E80';

    public double Measure(XGraphics gfx, string text)
    {
        var width = 0.0;
        foreach (var (run, font) in Runs(text))
        {
            width += gfx.MeasureString(run, font).Width;
        }

        return width;
    }

    /// <summary>Draws the text with its top-left at (x, top); returns the x where it ended.</summary>
    public double Draw(XGraphics gfx, string text, XBrush brush, double x, double top)
    {
        var baseline = top + (Size * BaselineShare);
        foreach (var (run, font) in Runs(text))
        {
            gfx.DrawString(run, font, brush, x, baseline, XStringFormats.BaseLineLeft);
            x += gfx.MeasureString(run, font).Width;
        }

        return x;
    }

    private IEnumerable<(string Run, XFont Font)> Runs(string text)
    {
        var run = new StringBuilder();
        var runIsCjk = false;
        foreach (var c in text)
        {
            var isCjk = IsCjk(c);
            if (run.Length > 0 && isCjk != runIsCjk)
            {
                yield return (run.ToString(), runIsCjk ? cjk : latin);
                run.Clear();
            }

            runIsCjk = isCjk;
            run.Append(c);
        }

        if (run.Length > 0)
        {
            yield return (run.ToString(), runIsCjk ? cjk : latin);
        }
    }
}
