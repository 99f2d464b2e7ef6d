namespace PermitCms.Permits.Issuance;

/// <summary>A configured font file of the 电子批准单 is not on the server: the PDF cannot be made until it is installed.</summary>
internal sealed class CertificateFontMissingException(string path)
    : Exception($"The certificate font '{path}' does not exist: install Debian's fonts-droid-fallback and fonts-dejavu-core, or set Permits:CertificateFontPath / Permits:CertificateLatinFontPath to TrueType (.ttf) fonts.")
{
    /// <summary>What the user reads (the path is for the log, not for them).</summary>
    public const string UserMessage = "电子批准单暂不可用：服务器缺少生成批准单所需的字体，请联系系统管理员。";

    public string FontPath { get; } = path;
}
