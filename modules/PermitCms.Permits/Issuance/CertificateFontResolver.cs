using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace PermitCms.Permits.Issuance;

/// <summary>
/// PDFsharp's font resolver is one per process, set once, while the font is configuration of each app: so the
/// "family name" the renderer asks for is the font file's full path, and this resolver loads that file.
/// </summary>
internal sealed class CertificateFontResolver : IFontResolver
{
    private static readonly Lazy<CertificateFontResolver> Instance = new(() =>
    {
        var resolver = new CertificateFontResolver();
        GlobalFontSettings.FontResolver = resolver;
        return resolver;
    });

    private readonly ConcurrentDictionary<string, byte[]> fonts = new(StringComparer.Ordinal);

    /// <summary>Installs the resolver (once) and loads the font, or throws <see cref="CertificateFontMissingException"/>.</summary>
    public static void EnsureFont(string path)
    {
        var resolver = Instance.Value;
        resolver.fonts.GetOrAdd(path, static p => File.Exists(p) ? File.ReadAllBytes(p) : throw new CertificateFontMissingException(p));
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        => fonts.ContainsKey(familyName) ? new FontResolverInfo(familyName, bold, italic) : null;

    public byte[]? GetFont(string faceName) => fonts.TryGetValue(faceName, out var data) ? data : null;
}
