using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;
using PermitCms.Permits.Excel;

namespace PermitCms.Permits.Display;

/// <summary>
/// An attachment as a file, for every page that offers one (editor, details, review). The caller has already
/// decided the user may see the application; the attachment must belong to it.
/// </summary>
public static class PermitFiles
{
    public static async Task<PermitFile?> FindAttachmentAsync(PermitCmsDbContext db, int permitId, int attachmentId, CancellationToken ct)
    {
        var file = await db.Set<PermitAttachment>().AsNoTracking()
            .Where(a => a.Id == attachmentId && a.PermitApplicationId == permitId)
            .Select(a => new { a.FileName, a.Content!.Data })
            .SingleOrDefaultAsync(ct);
        return file is null ? null : new PermitFile(file.FileName, Xlsx.ContentType, file.Data);
    }
}
