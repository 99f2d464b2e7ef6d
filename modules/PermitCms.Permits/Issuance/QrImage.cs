using PdfSharp.Drawing;
using QRCoder;

namespace PermitCms.Permits.Issuance;

/// <summary>
/// The verification URL as a QR code (error correction M, with its 4-module quiet zone), drawn as vector squares:
/// sharp at any zoom, and PDFsharp's image import does not read QRCoder's PNGs.
/// </summary>
internal static class QrImage
{
    public static void Draw(XGraphics gfx, string text, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        gfx.DrawRectangle(XBrushes.White, x, y, size, size);
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix[row].Count; column++)
            {
                if (matrix[row][column])
                {
                    // A hair wider than the module, so that neighbours join without hairline gaps when rasterised.
                    gfx.DrawRectangle(XBrushes.Black, x + (column * module), y + (row * module), module + 0.05, module + 0.05);
                }
            }
        }
    }
}
