using QRCoder;

namespace PermitCms.Permits.Issuance;

/// <summary>The verification URL as a QR code PNG (error correction M, a 4-module quiet zone for scanners).</summary>
internal static class QrImage
{
    public static byte[] Png(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(8);
    }
}
