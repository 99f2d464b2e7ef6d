using System.IO.Compression;
using System.Xml;

namespace PermitCms.Permits.Excel;

/// <summary>
/// Looks at an uploaded file before anything parses its sheets, so that a hostile or wrong file gets a clear
/// message instead of an exception or an exhausted server: not an .xlsx (an .xls, a renamed file), too large,
/// too many parts, a zip bomb (declared or actual inflated size), a DTD, a package without a workbook. What it
/// returns reads the first sheet through the same budget (<see cref="UploadedWorkbook"/>).
/// </summary>
public static class WorkbookInspector
{
    /// <summary>A 20,000-line goods sheet with its shared strings inflates to about 15 MB.</summary>
    public const long MaxUncompressedBytes = 100L * 1024 * 1024;

    /// <summary>Wall-clock time one upload may spend being read: ample for 20,000 lines on a loaded machine.</summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(10);

    public const string Corrupt = "文件已损坏或不是有效的 Excel 工作簿（.xlsx）";

    /// <summary>Text XML compresses about 10:1; far beyond that is a decompression bomb, not a spreadsheet.</summary>
    private const long MaxCompressionRatio = 200;

    private const int MaxEntries = 1000;

    public static async Task<WorkbookCheck> OpenAsync(Stream upload, long length, long maxBytes, TimeSpan timeBudget, CancellationToken cancellationToken)
    {
        if (length == 0)
        {
            return WorkbookCheck.Refuse("文件为空");
        }

        var tooLarge = $"文件超过 {maxBytes / 1024 / 1024} MB 的大小限制";
        if (length > maxBytes)
        {
            return WorkbookCheck.Refuse(tooLarge);
        }

        var buffer = await CopyAsync(upload, length, maxBytes, cancellationToken);
        if (buffer is null)
        {
            return WorkbookCheck.Refuse(tooLarge);
        }

        if (NotAZip(buffer) is { } notZip)
        {
            await buffer.DisposeAsync();
            return WorkbookCheck.Refuse(notZip);
        }

        ZipArchive? zip = null;
        try
        {
            var budget = new ReadBudget(MaxUncompressedBytes, timeBudget, cancellationToken);
            zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            var error = CheckParts(zip);
            var parts = error is null ? WorkbookParts.Find(zip, budget) : null;
            error ??= parts is null ? "工作簿中没有工作表（找不到工作簿或其第一个工作表的部件）" : null;
            if (error is not null)
            {
                zip.Dispose();
                await buffer.DisposeAsync();
                return WorkbookCheck.Refuse(error);
            }

            return new WorkbookCheck(new UploadedWorkbook(buffer, zip, parts!), null);
        }
        catch (Exception ex) when (Describe(ex) is { } message)
        {
            zip?.Dispose();
            await buffer.DisposeAsync();
            return WorkbookCheck.Refuse(message);
        }
    }

    /// <summary>
    /// The user's message for an exception a workbook read can throw; null for anything else (cancellation of the
    /// request, a bug), which the caller lets through.
    /// </summary>
    public static string? Describe(Exception ex) => ex switch
    {
        WorkbookRefusedException => ex.Message,
        XmlException when ex.Message.Contains("DTD", StringComparison.Ordinal) => "文件含有 DTD 声明（XML 实体），不是正常的 Excel 工作簿，已拒绝",
        InvalidDataException or XmlException or IOException or FormatException or OverflowException or ArgumentException or InvalidOperationException
            or KeyNotFoundException or IndexOutOfRangeException or NotSupportedException => Corrupt,
        _ => null,
    };

    /// <summary>Copies at most <paramref name="maxBytes"/>, whatever length the client declared; null when there is more.</summary>
    private static async Task<MemoryStream?> CopyAsync(Stream upload, long length, long maxBytes, CancellationToken cancellationToken)
    {
        // Sized by the declared length (already checked against the limit): one buffer instead of a doubling chain
        // of large-object-heap arrays, whose churn set off full collections in the middle of the read (measured).
        var buffer = new MemoryStream((int)Math.Min(length, maxBytes));
        var chunk = new byte[81920];
        int read;
        while ((read = await upload.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                await buffer.DisposeAsync();
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static string? NotAZip(MemoryStream buffer)
    {
        var start = buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 4));
        return start.Length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4 ? null
            : start.Length == 0 ? "文件为空"
            : start.Length >= 2 && start[0] == 0xD0 && start[1] == 0xCF ? "不支持旧版 .xls 格式，请另存为 Excel 工作簿（.xlsx）后再上传"
            : "文件不是有效的 Excel 工作簿（.xlsx）";
    }

    private static string? CheckParts(ZipArchive zip)
    {
        if (zip.Entries.Count > MaxEntries)
        {
            return $"文件结构异常（部件多达 {zip.Entries.Count} 个），不是正常的 Excel 工作簿";
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            // The declared sizes catch an honest bomb at once; a lying one is stopped by the budget as it inflates.
            total += entry.Length;
            if (entry.Length > 1024 * 1024 && entry.Length / Math.Max(entry.CompressedLength, 1) > MaxCompressionRatio)
            {
                return "文件压缩比异常（疑似压缩炸弹），已拒绝";
            }
        }

        return total > MaxUncompressedBytes ? $"工作簿解压后超过 {MaxUncompressedBytes / 1024 / 1024} MB，请拆分后分批上传" : null;
    }
}
