using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;

namespace PermitCms.Accounts.Captcha;

/// <summary>
/// Draws a captcha as a PNG with no native graphics library: a 5×7 glyph per character, scaled, rotated and
/// coloured per character, the whole image bent by two sine waves, with noise lines and speckles.
/// Pure managed code keeps the run command free of system packages (fontconfig, libSkiaSharp).
/// </summary>
public static class CaptchaImage
{
    public const int Width = 132;
    public const int Height = 44;
    private const int Scale = 4;

    public static byte[] Render(string text)
    {
        var rgb = new byte[Width * Height * 3];
        Background(rgb);
        var glyphs = text.Select(c => (Bits: Glyphs.For(c), Angle: Random(-0.35, 0.35), Color: DarkColor())).ToArray();
        var cellWidth = (Width - 12) / Math.Max(1, text.Length);
        var (ampX, ampY) = (Random(1.5, 3), Random(1, 2.5));
        var (phaseX, phaseY) = (Random(0, 6.28), Random(0, 6.28));

        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                // Inverse mapping: where in the undistorted text does this pixel come from?
                var sx = x + ampX * Math.Sin(y / 6.0 + phaseX);
                var sy = y + ampY * Math.Sin(x / 11.0 + phaseY);
                var index = (int)((sx - 6) / cellWidth);
                if (index < 0 || index >= glyphs.Length)
                {
                    continue;
                }

                var glyph = glyphs[index];
                var (cx, cy) = (6 + cellWidth * (index + 0.5), Height / 2.0);
                var (cos, sin) = (Math.Cos(glyph.Angle), Math.Sin(glyph.Angle));
                var u = (sx - cx) * cos + (sy - cy) * sin + 2.5 * Scale;
                var v = -(sx - cx) * sin + (sy - cy) * cos + 3.5 * Scale;
                var (gx, gy) = ((int)Math.Floor(u / Scale), (int)Math.Floor(v / Scale));
                if (gx is >= 0 and < 5 && gy is >= 0 and < 7 && glyph.Bits[gy * 5 + gx])
                {
                    Set(rgb, x, y, glyph.Color);
                }
            }
        }

        for (var i = 0; i < 4; i++)
        {
            Line(rgb, RandomInt(0, Width), RandomInt(0, Height), RandomInt(0, Width), RandomInt(0, Height), DarkColor());
        }

        for (var i = 0; i < 120; i++)
        {
            Set(rgb, RandomInt(0, Width), RandomInt(0, Height), DarkColor());
        }

        return Png.Encode(rgb, Width, Height);
    }

    private static void Background(byte[] rgb)
    {
        var (r, g, b) = (RandomInt(225, 250), RandomInt(225, 250), RandomInt(225, 250));
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var shade = (x + y) / 8;
                Set(rgb, x, y, ((byte)(r - shade % 12), (byte)(g - shade % 9), (byte)b));
            }
        }
    }

    private static void Line(byte[] rgb, int x0, int y0, int x1, int y1, (byte, byte, byte) color)
    {
        int dx = Math.Abs(x1 - x0), dy = -Math.Abs(y1 - y0);
        int stepX = x0 < x1 ? 1 : -1, stepY = y0 < y1 ? 1 : -1, error = dx + dy;
        while (true)
        {
            Set(rgb, x0, y0, color);
            if (x0 == x1 && y0 == y1)
            {
                return;
            }

            var e2 = 2 * error;
            if (e2 >= dy)
            {
                error += dy;
                x0 += stepX;
            }

            if (e2 <= dx)
            {
                error += dx;
                y0 += stepY;
            }
        }
    }

    private static void Set(byte[] rgb, int x, int y, (byte R, byte G, byte B) color)
    {
        if (x is < 0 or >= Width || y is < 0 or >= Height)
        {
            return;
        }

        var i = (y * Width + x) * 3;
        (rgb[i], rgb[i + 1], rgb[i + 2]) = color;
    }

    private static (byte, byte, byte) DarkColor() => ((byte)RandomInt(10, 120), (byte)RandomInt(10, 120), (byte)RandomInt(40, 160));

    private static int RandomInt(int min, int max) => RandomNumberGenerator.GetInt32(min, max);

    private static double Random(double min, double max) => min + (max - min) * RandomNumberGenerator.GetInt32(0, 10_000) / 10_000.0;

    /// <summary>A minimal PNG writer: 8-bit RGB, no interlace, filter 0 on every row.</summary>
    internal static class Png
    {
        private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
        {
            var c = (uint)n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            return c;
        }).ToArray();

        public static byte[] Encode(byte[] rgb, int width, int height)
        {
            using var output = new MemoryStream();
            output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

            var header = new byte[13];
            BinaryPrimitives.WriteInt32BigEndian(header, width);
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
            header[8] = 8; // bit depth
            header[9] = 2; // colour type: RGB
            Chunk(output, "IHDR", header);

            using var raw = new MemoryStream();
            using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
            {
                for (var y = 0; y < height; y++)
                {
                    zlib.WriteByte(0);
                    zlib.Write(rgb, y * width * 3, width * 3);
                }
            }

            Chunk(output, "IDAT", raw.ToArray());
            Chunk(output, "IEND", []);
            return output.ToArray();
        }

        private static void Chunk(Stream output, string type, byte[] data)
        {
            Span<byte> buffer = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
            output.Write(buffer);
            var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
            output.Write(typeBytes);
            output.Write(data);
            var crc = 0xFFFFFFFFu;
            foreach (var b in typeBytes.Concat(data))
            {
                crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
            }

            BinaryPrimitives.WriteUInt32BigEndian(buffer, crc ^ 0xFFFFFFFFu);
            output.Write(buffer);
        }
    }
}
