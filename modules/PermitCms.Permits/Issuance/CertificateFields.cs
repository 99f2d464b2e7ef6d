using PdfSharp.Drawing;

namespace PermitCms.Permits.Issuance;

/// <summary>The form's fields: label | value | label | value rows, with full-width rows for the long ones.</summary>
internal static class CertificateFields
{
    private const double LabelWidth = 90;
    private const double LineHeight = 13;

    public static double Draw(XGraphics gfx, CertificateFonts fonts, PermitCertificate c, double top)
    {
        var rows = new (string Label, string Value)[][]
        {
            [("批准单编号", c.ApprovalFormNo), ("申请单号", c.ApplicationNo)],
            [("进口单位名称", c.ImporterName)],
            [("统一社会信用代码", c.CreditCode), ("海关编码", c.CustomsCode)],
            [("进口单位地址", c.Address)],
            [("入境口岸", c.Port), ("批准日期", CertificatePdf.Date(c.ApprovedAt))],
            [("有效期", $"{CertificatePdf.Date(c.ApprovedAt)} 至 {CertificatePdf.Date(c.ValidUntil)}"), ("审批人员", c.ReviewerName)],
        };

        var y = top;
        foreach (var row in rows)
        {
            var widths = Widths(row.Length);
            var wrapped = row.Select((f, i) => CertificateText.Wrap(gfx, f.Value, fonts.Body, widths[i] - LabelWidth - 8, 3)).ToList();
            var height = (wrapped.Max(w => w.Count) * LineHeight) + 8;
            var x = CertificatePdf.Margin;
            for (var i = 0; i < row.Length; i++)
            {
                var cellWidth = widths[i];
                gfx.DrawRectangle(XBrushes.WhiteSmoke, x, y, LabelWidth, height);
                gfx.DrawRectangle(XPens.Black, x, y, LabelWidth, height);
                gfx.DrawRectangle(XPens.Black, x + LabelWidth, y, cellWidth - LabelWidth, height);
                fonts.Label.Draw(gfx, row[i].Label, XBrushes.Black, x + 4, y + 4);
                CertificateText.DrawLines(gfx, wrapped[i], fonts.Body, x + LabelWidth + 4, y + 4, LineHeight);
                x += cellWidth;
            }

            y += height;
        }

        return y;
    }

    // The left half is wider: its values (有效期's two dates, the credit code) are the long ones.
    private static double[] Widths(int cells) => cells == 1
        ? [CertificatePdf.ContentWidth]
        : [CertificatePdf.ContentWidth * 0.56, CertificatePdf.ContentWidth * 0.44];

}
