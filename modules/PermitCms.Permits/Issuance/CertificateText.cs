using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;

namespace PermitCms.Permits.Issuance;

/// <summary>Fitting text into the form's cells: CJK has no spaces, so lines break at any character.</summary>
internal static class CertificateText
{
    /// <summary>The text in lines no wider than <paramref name="width"/>; past <paramref name="maxLines"/> the last ends in "…".</summary>
    public static IReadOnlyList<string> Wrap(XGraphics gfx, string text, CertificateFont font, double width, int maxLines)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            // Never between the halves of a surrogate pair (CJK Ext. B ideographs).
            if (line.Length > 0 && !char.IsLowSurrogate(c) && font.Measure(gfx, line.ToString() + c) > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(c);
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var last = lines[maxLines - 1];
        while (last.Length > 0 && font.Measure(gfx, last + "…") > width)
        {
            last = last[..^(last.Length > 1 && char.IsLowSurrogate(last[^1]) ? 2 : 1)];
        }

        return [.. lines.Take(maxLines - 1), last + "…"];
    }

    public static void DrawLines(XGraphics gfx, IReadOnlyList<string> lines, CertificateFont font, double x, double y, double lineHeight)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            font.Draw(gfx, lines[i], XBrushes.Black, x, y + (i * lineHeight));
        }
    }

    /// <summary>One line in the box [x, x + width], at its left, centre or right.</summary>
    public static void DrawAligned(XGraphics gfx, string text, CertificateFont font, XBrush brush, double x, double top, double width, XParagraphAlignment alignment)
    {
        var free = width - font.Measure(gfx, text);
        var left = alignment switch
        {
            XParagraphAlignment.Center => x + (free / 2),
            XParagraphAlignment.Right => x + free,
            _ => x,
        };
        font.Draw(gfx, text, brush, left, top);
    }
}
