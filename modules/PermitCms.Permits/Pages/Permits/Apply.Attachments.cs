using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Permits.Data;
using PermitCms.Permits.Display;
using PermitCms.Permits.Excel;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>附件上传: 模板下载, 选择文件 + 上传 (.xlsx, template header, 10 MB), download, and delete while a draft.</summary>
public sealed partial class ApplyModel
{
    public IActionResult OnGetAttachmentTemplate() => File(AttachmentTemplate.Build(), XlsxType, AttachmentTemplate.FileName);

    public async Task<IActionResult> OnPostUploadAttachmentAsync(IFormFile? attachment, CancellationToken ct)
    {
        if (await LoadEditableAsync(ct) is { } refused)
        {
            return refused;
        }

        var error = attachment switch
        {
            null or { Length: 0 } => "请先选择要上传的附件（.xlsx）。",
            _ when !attachment.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) => "附件只能是 .xlsx 格式的 Excel 文件。",
            _ when Path.GetFileName(attachment.FileName).Length > PermitAttachment.FileNameMaxLength => $"文件名不能超过{PermitAttachment.FileNameMaxLength}个字符。",
            _ => null,
        };

        byte[]? data = null;
        if (error is null)
        {
            await using var upload = attachment!.OpenReadStream();
            var check = await WorkbookInspector.OpenAsync(upload, attachment.Length, AttachmentTemplate.MaxBytes, refuseFormulas: false, ct);
            error = check.Error;
            if (check.Workbook is { } workbook)
            {
                await using (workbook)
                {
                    error = ReadHeader(workbook, check.FirstSheetName!);
                    data = workbook.ToArray();
                }
            }
        }

        if (error is not null)
        {
            TempData["Error"] = "上传失败：" + error;
            return RedirectToPage(new { id = Id });
        }

        db.Add(new PermitAttachment
        {
            PermitApplicationId = Permit!.Id,
            FileName = Path.GetFileName(attachment!.FileName),
            Size = data!.Length,
            UploadedAt = time.GetUtcNow().UtcDateTime,
            UploadedBy = User.GetDisplayName(),
            Content = new PermitAttachmentContent { Data = data },
        });
        Touch(Permit);
        if (await TrySaveAsync(ct))
        {
            TempData["Success"] = $"附件“{Path.GetFileName(attachment.FileName)}”上传成功。";
        }

        return RedirectToPage(new { id = Id });
    }

    /// <summary>Download in any state: the details of a submitted application still show its attachments.</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(int attachmentId, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        return Permit is null ? NotFound() : await PermitAttachmentDownload.FindAsync(db, Permit.Id, attachmentId, ct) as IActionResult ?? NotFound();
    }

    public async Task<IActionResult> OnPostDeleteAttachmentAsync(int attachmentId, CancellationToken ct)
    {
        if (await LoadEditableAsync(ct) is { } refused)
        {
            return refused;
        }

        var attachment = await db.Set<PermitAttachment>().SingleOrDefaultAsync(a => a.Id == attachmentId && a.PermitApplicationId == Permit!.Id, ct);
        if (attachment is null)
        {
            return NotFound();
        }

        db.Remove(attachment);
        Touch(Permit!);
        if (await TrySaveAsync(ct))
        {
            TempData["Success"] = $"已删除附件“{attachment.FileName}”。";
        }

        return RedirectToPage(new { id = Id });
    }

    private static string? ReadHeader(MemoryStream workbook, string sheetName)
    {
        try
        {
            return AttachmentTemplate.CheckHeader(workbook, sheetName);
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Xml.XmlException or InvalidCastException or FormatException)
        {
            return "无法读取该工作簿，请用 Excel、WPS 或 LibreOffice 另存为 .xlsx 后重试。";
        }
    }
}
