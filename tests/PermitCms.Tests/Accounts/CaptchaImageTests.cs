using System.Buffers.Binary;
using System.IO.Compression;
using PermitCms.Accounts.Captcha;

namespace PermitCms.Tests.Accounts;

public sealed class CaptchaImageTests
{
    [Fact]
    public void Renders_a_valid_png_of_the_declared_size_with_ink_on_it()
    {
        var png = CaptchaImage.Render("AB23");

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(CaptchaImage.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(CaptchaImage.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));

        var pixels = DecodeRows(png);
        Assert.Equal((CaptchaImage.Width * 3 + 1) * CaptchaImage.Height, pixels.Length);
        var dark = Enumerable.Range(0, CaptchaImage.Height)
            .SelectMany(y => Enumerable.Range(0, CaptchaImage.Width).Select(x => (y * (CaptchaImage.Width * 3 + 1)) + 1 + (x * 3)))
            .Count(i => pixels[i] + pixels[i + 1] + pixels[i + 2] < 400);
        Assert.InRange(dark, 300, CaptchaImage.Width * CaptchaImage.Height / 2);
    }

    [Fact]
    public void Two_renders_of_the_same_text_differ()
        => Assert.NotEqual(CaptchaImage.Render("XY45"), CaptchaImage.Render("XY45"));

    private static byte[] DecodeRows(byte[] png)
    {
        // The writer emits one IDAT chunk right after IHDR (8 signature + 25 IHDR bytes).
        var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(33));
        Assert.Equal("IDAT", System.Text.Encoding.ASCII.GetString(png, 37, 4));
        using var zlib = new ZLibStream(new MemoryStream(png, 41, length), CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }
}
