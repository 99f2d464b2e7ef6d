using PdfSharp.Drawing;

namespace PermitCms.Permits.Issuance;

/// <summary>Fitting text into the form's cells: CJK has no spaces, so lines break at any character.</summary>
internal static class CertificateText
{
    /// <summary>The text in lines no wider than <paramref name="width"/>; past <paramref name="maxLines"/> the last ends in "…".</summary>
    public static IReadOnlyList<string> Wrap(XGraphics gfx, string text, XFont font, double width, int maxLines)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (line.Length > 0 && gfx.MeasureString(line.ToString() + c, font).Width > width)
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
        while (last.Length > 0 && gfx.MeasureString(last + "…", font).Width > width)
        {
            last = last[..^1];
        }

        return [.. lines.Take(maxLines - 1), last + "…"];
    }

    public static void DrawLines(XGraphics gfx, IReadOnlyList<string> lines, XFont font, double x, double y, double lineHeight)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            gfx.DrawString(lines[i], font, XBrushes.Black, new XRect(x, y + (i * lineHeight), 1000, lineHeight), XStringFormats.TopLeft);
        }
    }
}
