using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;
using PermitCms.Permits.Excel;

namespace PermitCms.Permits.Applications;

/// <summary>附件上传 (.xlsx of the attachment template's header, 10 MB, no formulas or active content; stored byte for byte) and 删除 while the owner may change the application.</summary>
public sealed class AttachmentCommands(PermitCmsDbContext db, PermitAccess access, TimeProvider time)
{
    /// <summary>Stores the workbook with the application; the value is the new attachment's id.</summary>
    public async Task<PermitCommandResult<int>> AttachAsync(int id, PermitUpload? file, int? expectedRevision, ClaimsPrincipal user, CancellationToken ct)
    {
        var load = await access.LoadEditableAsync(id, user, expectedRevision, "修改", ct);
        if (load.Permit is not { } permit)
        {
            return load.Fail<int>();
        }

        var fileName = file is null ? "" : Path.GetFileName(file.FileName);
        var error = file switch
        {
            null => "请先选择要上传的附件（.xlsx）。",
            { Length: 0 } => "所选附件文件为空（0 字节），请选择填好的节目清单（.xlsx）。",
            _ when !fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) => "附件只能是 .xlsx 格式的 Excel 文件。",
            _ when fileName.Length > PermitAttachment.FileNameMaxLength => $"文件名不能超过{PermitAttachment.FileNameMaxLength}个字符。",
            _ => null,
        };

        byte[]? data = null;
        if (error is null)
        {
            var check = await WorkbookInspector.OpenAsync(file!.Content, file.Length, AttachmentTemplate.MaxBytes, WorkbookInspector.TimeBudget, ct);
            error = check.Error;
            if (check.Workbook is { } workbook)
            {
                using (workbook)
                {
                    error = AttachmentTemplate.Check(workbook);
                    data = workbook.ToArray();
                }
            }
        }

        if (error is not null)
        {
            return PermitCommandResult.Fail<int>(PermitCommandStatus.Refused, "上传失败：" + error);
        }

        var attachment = new PermitAttachment
        {
            PermitApplicationId = permit.Id,
            FileName = fileName,
            Size = data!.Length,
            UploadedAt = time.GetUtcNow().UtcDateTime,
            UploadedBy = user.GetDisplayName(),
            Content = new PermitAttachmentContent { Data = data },
        };
        db.Add(attachment);
        access.Touch(permit, user);
        return await access.TrySaveAsync(ct)
            ? PermitCommandResult.Ok(attachment.Id, $"附件“{fileName}”上传成功。")
            : PermitCommandResult.Fail<int>(PermitCommandStatus.Conflict, PermitAccess.ConflictMessage);
    }

    public async Task<PermitCommandResult<bool>> RemoveAsync(int id, int attachmentId, int? expectedRevision, ClaimsPrincipal user, CancellationToken ct)
    {
        var load = await access.LoadEditableAsync(id, user, expectedRevision, "修改", ct);
        if (load.Permit is not { } permit)
        {
            return load.Fail<bool>();
        }

        var attachment = await db.Set<PermitAttachment>().SingleOrDefaultAsync(a => a.Id == attachmentId && a.PermitApplicationId == permit.Id, ct);
        if (attachment is null)
        {
            return PermitCommandResult.Fail<bool>(PermitCommandStatus.NotFound, "未找到该附件。");
        }

        db.Remove(attachment);
        access.Touch(permit, user);
        return await access.TrySaveAsync(ct)
            ? PermitCommandResult.Ok(true, $"已删除附件“{attachment.FileName}”。")
            : PermitCommandResult.Fail<bool>(PermitCommandStatus.Conflict, PermitAccess.ConflictMessage);
    }
}
