using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PermitCms.Api.Abstractions;

namespace PermitCms.Permits.Api;

/// <summary>
/// /api/v1/permits: 批准单申请 and 批准单查询 for ERP systems, through the same commands as the pages
/// (Applications/), so rules, workflow, isolation and history are the pages' own. POSTs need Idempotency-Key.
/// </summary>
internal static class PermitApiEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var permits = endpoints.MapApiGroup("/permits", "批准单 Applications").RequireAuthorization(PermitsPermissions.Apply.Name);
        var ok = typeof(PermitApiDetails);

        permits.MapGet("/", PermitApiHandlers.QueryAsync).WithName("QueryPermits")
            .WithSummary("批准单查询: query with the page's conditions and paging")
            .Produces<PermitApiListPage>().ProducesProblem(422)
            .WithExamples(null, PermitApiExamples.List);
        permits.MapPost("/", PermitApiHandlers.CreateAsync).WithName("CreatePermit")
            .WithSummary("新增 + 暂存: create a draft with basic information")
            .Accepts<PermitApiBasic>("application/json").Produces(201, ok).Problems(400, 403, 422)
            .WithExamples(PermitApiExamples.Basic, PermitApiExamples.Details, 201);
        permits.MapGet("/{id:int}", PermitApiHandlers.DetailsAsync).WithName("GetPermit")
            .WithSummary("批准单详细信息: details with goods, attachments and history").Produces(200, ok).Problems(404)
            .WithExamples(null, PermitApiExamples.Details);
        permits.MapPut("/{id:int}", PermitApiHandlers.ChangeAsync).WithName("ChangePermit")
            .WithSummary("暂存: change the basic information of a draft (If-Match)")
            .Accepts<PermitApiBasic>("application/json").Produces(200, ok).Problems(404, 409, 412, 422)
            .WithExamples(PermitApiExamples.Basic, PermitApiExamples.Details);
        permits.MapDelete("/{id:int}", PermitApiHandlers.DeleteAsync).WithName("DeletePermit")
            .WithSummary("删除: delete a draft (If-Match)").Produces(204).Problems(404, 409, 412);

        permits.MapPost("/{id:int}/goods", PermitApiHandlers.AddGoodsAsync).WithName("AddGoods")
            .WithSummary("商品信息 新增: add a goods line")
            .Accepts<PermitApiGoods>("application/json").Produces(201, ok).Problems(400, 404, 409, 422)
            .WithExamples(PermitApiExamples.Goods, PermitApiExamples.Details, 201);
        permits.MapPut("/{id:int}/goods/{goodsId:int}", PermitApiHandlers.ReplaceGoodsAsync).WithName("ReplaceGoods")
            .WithSummary("商品信息 修改: replace a goods line (If-Match)")
            .Accepts<PermitApiGoods>("application/json").Produces(200, ok).Problems(404, 409, 412, 422)
            .WithExamples(PermitApiExamples.Goods, PermitApiExamples.Details);
        permits.MapDelete("/{id:int}/goods/{goodsId:int}", PermitApiHandlers.DeleteGoodsAsync).WithName("DeleteGoods")
            .WithSummary("商品信息 删除: delete a goods line (If-Match)").Produces(200, ok).Problems(404, 409, 412);
        permits.MapPost("/{id:int}/goods/import", PermitApiHandlers.ImportGoodsAsync).WithName("ImportGoods")
            .WithSummary("导入: import goods from the Excel template (multipart, field file); all or nothing")
            .Accepts<IFormFile>("multipart/form-data").Produces(200, ok).Problems(400, 404, 409, 412, 415, 422);

        permits.MapPost("/{id:int}/attachments", PermitApiHandlers.UploadAsync).WithName("UploadAttachment")
            .WithSummary("附件上传: upload a program list made from the attachment template (multipart, field file)")
            .Accepts<IFormFile>("multipart/form-data").Produces(201, ok).Problems(400, 404, 409, 412, 415);
        permits.MapGet("/{id:int}/attachments/{attachmentId:int}", PermitApiHandlers.DownloadAsync).WithName("DownloadAttachment")
            .WithSummary("附件下载: download an attachment").Produces(200, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").Problems(404);
        permits.MapDelete("/{id:int}/attachments/{attachmentId:int}", PermitApiHandlers.RemoveAttachmentAsync).WithName("DeleteAttachment")
            .WithSummary("附件删除: delete an attachment of a draft (If-Match)").Produces(200, ok).Problems(404, 409, 412);

        permits.MapPost("/{id:int}/submit", PermitApiHandlers.SubmitAsync).WithName("SubmitPermit")
            .WithSummary("申报: submit (every required field, goods and an attachment; If-Match)").Produces(200, ok).Problems(400, 404, 409, 412);
        permits.MapPost("/{id:int}/withdraw", PermitApiHandlers.WithdrawAsync).WithName("WithdrawPermit")
            .WithSummary("撤回: withdraw a pending application back to draft (If-Match)").Produces(200, ok).Problems(400, 404, 409, 412);
        permits.MapPost("/{id:int}/copy", PermitApiHandlers.CopyAsync).WithName("CopyPermit")
            .WithSummary("复制: a new draft identical except for 申请单号 and 批准单编号").Produces(201, ok).Problems(400, 404);
        permits.MapGet("/{id:int}/certificate", PermitApiHandlers.CertificateAsync).WithName("DownloadCertificate")
            .WithSummary("下载批准单: the 电子批准单 (PDF with the verification QR code) of an approved or written-off application")
            .Produces(200, contentType: "application/pdf").Problems(404);
    }

    /// <summary>The given problem statuses plus the two every API call may get (401 without a valid token, 429 over the limit).</summary>
    internal static RouteHandlerBuilder Problems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses.Append(StatusCodes.Status401Unauthorized).Append(StatusCodes.Status429TooManyRequests))
        {
            builder.ProducesProblem(status);
        }

        return builder;
    }
}
