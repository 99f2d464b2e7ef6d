using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PermitCms.Permits.Applications;
using PermitCms.Permits.Display;
using PermitCms.Permits.Excel;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>附件上传: 模板下载, 选择文件 + 上传 (.xlsx, template header, 10 MB), download, and delete while a draft.</summary>
public sealed partial class ApplyModel
{
    public IActionResult OnGetAttachmentTemplate() => File(AttachmentTemplate.Build(), Xlsx.ContentType, AttachmentTemplate.FileName);

    public async Task<IActionResult> OnPostUploadAttachmentAsync(IFormFile? attachment, [FromServices] AttachmentCommands attachments, CancellationToken ct)
    {
        if (Id is not { } id)
        {
            return NotSavedYet();
        }

        await using var content = attachment?.OpenReadStream();
        var upload = attachment is null ? null : new PermitUpload(attachment.FileName, attachment.Length, content!);
        return Done(await attachments.AttachAsync(id, upload, Revision, User, ct), new { id = Id });
    }

    /// <summary>Download in any state: the details of a submitted application still show its attachments.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(int attachmentId, CancellationToken ct)
    {
        if (Id is not { } id || await access.FindOwnAsync(id, User, ct) is null)
        {
            return NotFound();
        }

        return await PermitFiles.FindAttachmentAsync(db, id, attachmentId, ct) is { } file ? File(file.Data, file.ContentType, file.FileName) : NotFound();
    }

    public async Task<IActionResult> OnPostDeleteAttachmentAsync(int attachmentId, [FromServices] AttachmentCommands attachments, CancellationToken ct)
        => Id is { } id ? Done(await attachments.RemoveAsync(id, attachmentId, Revision, User, ct), new { id = Id }) : NotSavedYet();
}
