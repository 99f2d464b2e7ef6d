using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;
using PermitCms.Permits.Excel;

namespace PermitCms.Permits.Display;

/// <summary>
/// An attachment as a download, for every page that shows one (editor, details, review). The caller has
/// already decided the user may see the application; the attachment must belong to it.
/// </summary>
public static class PermitAttachmentDownload
{
    public static async Task<FileContentResult?> FindAsync(PermitCmsDbContext db, int permitId, int attachmentId, CancellationToken ct)
    {
        var file = await db.Set<PermitAttachment>().AsNoTracking()
            .Where(a => a.Id == attachmentId && a.PermitApplicationId == permitId)
            .Select(a => new { a.FileName, a.Content!.Data })
            .SingleOrDefaultAsync(ct);
        return file is null ? null : new FileContentResult(file.Data, Xlsx.ContentType) { FileDownloadName = file.FileName };
    }
}
