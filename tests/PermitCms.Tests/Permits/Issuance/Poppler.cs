using System.Diagnostics;
using System.Globalization;
using System.Text;
using PermitCms.Tests.Infrastructure;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace PermitCms.Tests.Permits.Issuance;

/// <summary>What a reader does with the PDF: poppler's pdftotext and pdftoppm (Debian's poppler-utils), and a QR scan of the page.</summary>
public static class Poppler
{
    public static void Require() => TestEnvironment.RequireDependency(File.Exists("/usr/bin/pdftotext") && File.Exists("/usr/bin/pdftoppm"), "poppler-utils (pdftotext, pdftoppm)");

    public static async Task<string> TextAsync(byte[] pdf, CancellationToken ct)
    {
        var file = await SaveAsync(pdf, ct);
        return Encoding.UTF8.GetString(await RunAsync("/usr/bin/pdftotext", ["-enc", "UTF-8", file, "-"], ct));
    }

    /// <summary>Renders page <paramref name="page"/> in grey at 150 dpi (PGM) and decodes the QR code on it.</summary>
    public static async Task<string?> QrCodeAsync(byte[] pdf, int page, CancellationToken ct)
    {
        var file = await SaveAsync(pdf, ct);
        var (width, height, pixels) = ParsePgm(await RunAsync("/usr/bin/pdftoppm",
            ["-gray", "-r", "150", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), file], ct));
        var source = new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints)?.Text;
    }

    /// <summary>Saves the page as PNG beside the other test output, to be looked at.</summary>
    public static async Task<string> PngAsync(byte[] pdf, string name, CancellationToken ct)
    {
        var file = await SaveAsync(pdf, ct);
        var prefix = Path.Combine(Path.GetTempPath(), "permitcms-tests", name);
        await RunAsync("/usr/bin/pdftoppm", ["-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", file, prefix], ct);
        return prefix + ".png";
    }

    private static async Task<string> SaveAsync(byte[] pdf, CancellationToken ct)
    {
        var file = Path.Combine(TestEnvironment.NewTempDirectory("pdf"), "permit.pdf");
        await File.WriteAllBytesAsync(file, pdf, ct);
        return file;
    }

    private static async Task<byte[]> RunAsync(string program, string[] arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output, ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        await copy;
        Assert.True(process.ExitCode == 0, $"{program} failed: {await error}");
        return output.ToArray();
    }

    /// <summary>Binary PGM (P5, 8-bit): "P5", width, height, maxval separated by whitespace, then the pixels.</summary>
    private static (int Width, int Height, byte[] Pixels) ParsePgm(byte[] pgm)
    {
        var position = 0;
        string Next()
        {
            while (char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)pgm[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(pgm, start, position - start);
        }

        Assert.Equal("P5", Next());
        var width = int.Parse(Next(), CultureInfo.InvariantCulture);
        var height = int.Parse(Next(), CultureInfo.InvariantCulture);
        Assert.Equal("255", Next());
        position++;
        return (width, height, pgm[position..(position + (width * height))]);
    }
}
