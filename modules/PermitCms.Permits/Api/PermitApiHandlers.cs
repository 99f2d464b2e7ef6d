using System.Globalization;
using Microsoft.AspNetCore.Http;
using PermitCms.Api.Abstractions;
using PermitCms.Core.Accounts;
using PermitCms.Permits.Applications;
using PermitCms.Permits.Display;
using PermitCms.Permits.Issuance;
using PermitCms.Permits.Query;

namespace PermitCms.Permits.Api;

/// <summary>Each handler binds, calls one command of Applications/ and answers with the application as it now is (ETag = revision).</summary>
internal static class PermitApiHandlers
{
    public static async Task<IResult> QueryAsync(HttpContext http, IPermitQueries queries, CancellationToken ct)
    {
        if (http.User.GetEnterpriseId() is not { } enterpriseId)
        {
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, "无权操作", "只有企业用户可以办理批准单申请。");
        }

        var (query, page, size, error) = PermitApiQuery.Parse(http.Request.Query);
        if (error is not null)
        {
            return error;
        }

        var scope = PermitListScope.Enterprise(enterpriseId);
        var result = await queries.PageAsync(scope, query!, page, size, PermitListOrder.NewestCreatedFirst, ct);
        return Results.Ok(new PermitApiListPage(
            [.. result.Rows.Select(r => new PermitApiListItem(r.Id, r.ApplicationNo, r.ApprovalFormNo, r.PortCode, r.PortLabel, r.State, r.DeclaredAt, r.CreatedAt))],
            result.Total, result.PageNo, result.PageSize, result.PageCount));
    }

    public static async Task<IResult> DetailsAsync(int id, HttpContext http, PermitApiReader reader, CancellationToken ct)
    {
        var page = int.TryParse(http.Request.Query["goodsPage"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        return await AnswerAsync(http, reader, id, StatusCodes.Status200OK, page, ct);
    }

    public static async Task<IResult> CreateAsync(HttpContext http, ApplicationEditor editor, PermitApiReader reader, CancellationToken ct)
    {
        var (basic, error) = await PermitApiBody.JsonAsync<PermitApiBasic>(http.Request, ct);
        if (error is not null)
        {
            return error;
        }

        var result = await editor.SaveAsync(null, basic!.ToInput(), null, http.User, ct);
        return result.Succeeded ? await AnswerAsync(http, reader, result.Value!.Id, StatusCodes.Status201Created, 1, ct) : PermitApiResults.Failure(result, false);
    }

    public static async Task<IResult> ChangeAsync(int id, HttpContext http, ApplicationEditor editor, PermitApiReader reader, CancellationToken ct)
    {
        var (basic, error) = await PermitApiBody.JsonAsync<PermitApiBasic>(http.Request, ct);
        return error ?? await AfterAsync(http, reader, id, await editor.SaveAsync(id, basic!.ToInput(), ApiConcurrency.IfMatch(http.Request), http.User, ct), ct);
    }

    public static async Task<IResult> DeleteAsync(int id, HttpContext http, LifecycleCommands lifecycle, CancellationToken ct)
    {
        var result = await lifecycle.DeleteAsync(id, ApiConcurrency.IfMatch(http.Request), http.User, ct);
        return result.Succeeded ? Results.NoContent() : PermitApiResults.Failure(result, ApiConcurrency.IfMatch(http.Request) is not null);
    }

    public static async Task<IResult> AddGoodsAsync(int id, HttpContext http, GoodsCommands goods, PermitApiReader reader, CancellationToken ct)
    {
        var (line, error) = await PermitApiBody.JsonAsync<PermitApiGoods>(http.Request, ct);
        return error ?? await AfterAsync(http, reader, id, await goods.SaveAsync(id, null, line!.ToInput(), null, http.User, ct), ct, StatusCodes.Status201Created);
    }

    public static async Task<IResult> ReplaceGoodsAsync(int id, int goodsId, HttpContext http, GoodsCommands goods, PermitApiReader reader, CancellationToken ct)
    {
        var (line, error) = await PermitApiBody.JsonAsync<PermitApiGoods>(http.Request, ct);
        return error ?? await AfterAsync(http, reader, id, await goods.SaveAsync(id, goodsId, line!.ToInput(), ApiConcurrency.IfMatch(http.Request), http.User, ct), ct);
    }

    public static async Task<IResult> DeleteGoodsAsync(int id, int goodsId, HttpContext http, GoodsCommands goods, PermitApiReader reader, CancellationToken ct)
        => await AfterAsync(http, reader, id, await goods.DeleteAsync(id, [goodsId], ApiConcurrency.IfMatch(http.Request), http.User, ct), ct);

    public static async Task<IResult> ImportGoodsAsync(int id, HttpContext http, GoodsImport import, PermitApiReader reader, CancellationToken ct)
    {
        var (file, error) = await PermitApiBody.FileAsync(http.Request, ct);
        return error ?? await AfterAsync(http, reader, id, await import.ImportAsync(id, file, ApiConcurrency.IfMatch(http.Request), http.User, ct), ct);
    }

    public static async Task<IResult> UploadAsync(int id, HttpContext http, AttachmentCommands attachments, PermitApiReader reader, CancellationToken ct)
    {
        var (file, error) = await PermitApiBody.FileAsync(http.Request, ct);
        return error ?? await AfterAsync(http, reader, id, await attachments.AttachAsync(id, file, ApiConcurrency.IfMatch(http.Request), http.User, ct), ct, StatusCodes.Status201Created);
    }

    public static async Task<IResult> DownloadAsync(int id, int attachmentId, HttpContext http, PermitAccess access, Core.Data.PermitCmsDbContext db, CancellationToken ct)
        => await access.FindOwnAsync(id, http.User, ct) is not null && await PermitFiles.FindAttachmentAsync(db, id, attachmentId, ct) is { } file
            ? Results.File(file.Data, file.ContentType, file.FileName)
            : ApiProblems.Problem(StatusCodes.Status404NotFound, "未找到", "未找到该附件。");

    public static async Task<IResult> CertificateAsync(int id, HttpContext http, IPermitCertificates certificates, CancellationToken ct)
        => await certificates.GetOwnAsync(id, http.User, http.Request.RequestBaseUrl(), ct) is { } file
            ? Results.File(file.Data, file.ContentType, file.FileName)
            : ApiProblems.Problem(StatusCodes.Status404NotFound, "未找到", "未找到该申请的批准单：只有审核通过或已核销的申请才有电子批准单。");

    public static async Task<IResult> RemoveAttachmentAsync(int id, int attachmentId, HttpContext http, AttachmentCommands attachments, PermitApiReader reader, CancellationToken ct)
        => await AfterAsync(http, reader, id, await attachments.RemoveAsync(id, attachmentId, ApiConcurrency.IfMatch(http.Request), http.User, ct), ct);

    public static async Task<IResult> SubmitAsync(int id, HttpContext http, LifecycleCommands lifecycle, PermitApiReader reader, CancellationToken ct)
        => await AfterAsync(http, reader, id, await lifecycle.SubmitAsync(id, ApiConcurrency.IfMatch(http.Request), http.User, ct), ct);

    public static async Task<IResult> WithdrawAsync(int id, HttpContext http, LifecycleCommands lifecycle, PermitApiReader reader, CancellationToken ct)
        => await AfterAsync(http, reader, id, await lifecycle.WithdrawAsync(id, ApiConcurrency.IfMatch(http.Request), http.User, ct), ct);

    public static async Task<IResult> CopyAsync(int id, HttpContext http, PermitCopier copier, PermitApiReader reader, CancellationToken ct)
    {
        var result = await copier.CopyAsync(id, http.User, ct);
        return result.Succeeded ? await AnswerAsync(http, reader, result.Value!.Id, StatusCodes.Status201Created, 1, ct) : PermitApiResults.Failure(result, false);
    }

    private static async Task<IResult> AfterAsync<T>(HttpContext http, PermitApiReader reader, int id, PermitCommandResult<T> result, CancellationToken ct, int status = StatusCodes.Status200OK)
        => result.Succeeded
            ? await AnswerAsync(http, reader, id, status, 1, ct)
            : PermitApiResults.Failure(result, ApiConcurrency.IfMatch(http.Request) is not null);

    private static async Task<IResult> AnswerAsync(HttpContext http, PermitApiReader reader, int id, int status, int goodsPage, CancellationToken ct)
    {
        if (await reader.FindAsync(id, http.User, goodsPage, http.Request.RequestBaseUrl(), ct) is not { } details)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "未找到", "未找到该申请。");
        }

        ApiConcurrency.SetETag(http.Response, details.Revision);
        var location = $"{ApiDefaults.Prefix}/permits/{details.Id}";
        return status == StatusCodes.Status201Created ? Results.Created(location, details) : Results.Ok(details);
    }
}
