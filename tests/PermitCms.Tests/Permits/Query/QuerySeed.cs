using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Permits.Data;
using PermitCms.Permits.Excel;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Tests.Permits.Query;

/// <summary>
/// Test data for 批准单查询 through the app's own DbContext and workflow: complete applications (basic fields, one
/// goods line, one attachment) brought into a state by firing the real triggers as the real users.
/// </summary>
public static class QuerySeed
{
    public static readonly byte[] AttachmentBytes = AttachmentTemplate.Build();

    public static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userName)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        return await services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
    }

    /// <summary>A complete application of <paramref name="userName"/>'s enterprise, brought to <paramref name="state"/>.</summary>
    public static async Task<PermitApplication> CreateAsync(PermitCmsFactory app, string userName, string state, string? approvalFormNo = null, string? comment = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PermitCmsDbContext>();
        var workflow = services.GetRequiredService<IWorkflowService>();
        var user = await PrincipalAsync(services, userName);
        var enterprise = await db.Enterprises.SingleAsync(e => e.Id == user.GetEnterpriseId());
        var permit = NewPermit(enterprise, await services.GetRequiredService<ApplicationNumberGenerator>().NextAsync(default), approvalFormNo ?? "PZ" + Guid.NewGuid().ToString("N")[..10]);
        db.Add(permit);
        await db.SaveChangesAsync();
        await workflow.StartAsync(permit, PermitApplication.WorkflowName, user);
        db.Add(NewGoods(permit.Id, 1, "贝多芬第九交响曲"));
        db.Add(new PermitAttachment
        {
            PermitApplicationId = permit.Id, FileName = "节目清单.xlsx", Size = AttachmentBytes.Length, UploadedAt = DateTime.UtcNow, UploadedBy = "王明",
            Content = new PermitAttachmentContent { Data = AttachmentBytes },
        });
        await db.SaveChangesAsync();

        var reviewer = await PrincipalAsync(services, PermitCms.Accounts.Seeding.DemoAccounts.Reviewer);
        foreach (var (trigger, who) in Path(state))
        {
            var actor = who == "reviewer" ? reviewer : user;
            if (trigger == "submit")
            {
                permit.DeclaredAt = DateTime.UtcNow;
            }

            if (trigger is "approve" or "reject")
            {
                permit.ReviewerName = "审批员张三";
                permit.ReviewComment = comment ?? (trigger == "approve" ? "同意" : "请补充节目清单");
            }

            var result = await workflow.FireAsync(permit, trigger, actor, trigger is "approve" or "reject" ? permit.ReviewComment : null);
            Assert.True(result.Succeeded, $"{trigger}: {result.Status} {string.Join(";", result.Errors)}");
        }

        return permit;
    }

    /// <summary>Many drafts at once (for paging and export), without goods: only the list's columns matter.</summary>
    public static async Task<List<int>> CreateDraftsAsync(PermitCmsFactory app, string userName, int count, string portCode = "0100")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PermitCmsDbContext>();
        var workflow = services.GetRequiredService<IWorkflowService>();
        var user = await PrincipalAsync(services, userName);
        var enterprise = await db.Enterprises.SingleAsync(e => e.Id == user.GetEnterpriseId());
        var numbers = services.GetRequiredService<ApplicationNumberGenerator>();
        var permits = new List<PermitApplication>();
        for (var i = 0; i < count; i++)
        {
            var permit = NewPermit(enterprise, await numbers.NextAsync(default), $"BULK{i:D5}");
            permit.PortCode = portCode;
            permits.Add(permit);
        }

        db.AddRange(permits);
        await db.SaveChangesAsync();
        foreach (var permit in permits)
        {
            await workflow.StartAsync(permit, PermitApplication.WorkflowName, user);
        }

        await db.SaveChangesAsync();
        return permits.Select(p => p.Id).ToList();
    }

    public static Task<int> EnterpriseIdAsync(PermitCmsFactory app, string name)
        => app.WithDbAsync(db => db.Enterprises.Where(e => e.Name == name).Select(e => e.Id).SingleAsync());

    public static Task<PermitApplication> ReloadAsync(PermitCmsFactory app, int id)
        => app.WithDbAsync(db => db.Set<PermitApplication>().AsNoTracking().SingleAsync(p => p.Id == id));

    public static async Task<IReadOnlyList<WorkflowHistoryEntry>> HistoryAsync(PermitCmsFactory app, int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowService>()
            .GetHistoryAsync(PermitApplication.ItemType, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static IEnumerable<(string Trigger, string Who)> Path(string state) => state switch
    {
        PermitStates.Draft => [],
        PermitStates.PendingReview => [("submit", "ent")],
        PermitStates.Approved => [("submit", "ent"), ("approve", "reviewer")],
        PermitStates.Rejected => [("submit", "ent"), ("reject", "reviewer")],
        PermitStates.Deleted => [("delete", "ent")],
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    private static PermitApplication NewPermit(Enterprise enterprise, string number, string approvalFormNo) => new()
    {
        ApplicationNo = number,
        EnterpriseId = enterprise.Id,
        ApprovalFormNo = approvalFormNo,
        PortCode = "0200",
        ContactName = "王明",
        ContactPhone = "010-88886666",
        ImporterName = enterprise.Name,
        CreditCode = enterprise.CreditCode,
        CustomsCode = enterprise.CustomsCode,
        Address = enterprise.Address,
        CreatedAt = DateTime.UtcNow,
        CreatedBy = "王明",
        UpdatedAt = DateTime.UtcNow,
        UpdatedBy = "王明",
    };

    public static PermitGoods NewGoods(int permitId, int lineNo, string title) => new()
    {
        PermitApplicationId = permitId, LineNo = lineNo, Title = title, OriginalTitle = "Symphony No. 9", HsCode = "8523499020",
        CarrierCode = "CD", Publisher = "Deutsche Grammophon", CountryCode = "DE", LanguageCode = "de", Quantity = 100,
        UnitCode = "035", UnitPrice = 12.5m, TotalPrice = 1250m, CurrencyCode = "EUR",
    };

    /// <summary>Inserts <paramref name="count"/> applications of one enterprise in one SQLite statement (scale tests, load script).</summary>
    public static Task BulkInsertAsync(PermitCmsFactory app, int count, int enterpriseId, int workflowVersionId)
        => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(BulkInsertSql, enterpriseId, workflowVersionId, count));

    // One statement, in the database (SQLite): a quarter each 暂存, 待审核, 审核通过 and 已删除, five minutes apart from 2025-01-01.
    private const string BulkInsertSql = """
        INSERT INTO "PermitApplications" ("ApplicationNo", "EnterpriseId", "ApprovalFormNo", "PortCode", "ContactName", "ContactPhone",
            "ImporterName", "CreditCode", "CustomsCode", "Address", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "DeclaredAt",
            "WorkflowState", "WorkflowDefinitionVersionId", "WorkflowVersion")
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {2})
        SELECT 'S' || printf('%09d', i), {0}, 'F' || i, '0100', '王明', '010-1', 'x', '91110105MA01Q8XK3N', '1105960123', 'x',
            strftime('%Y-%m-%d %H:%M:%S', '2025-01-01', '+' || (i * 5) || ' minutes'), 'seed',
            strftime('%Y-%m-%d %H:%M:%S', '2025-01-01', '+' || (i * 5) || ' minutes'), 'seed',
            CASE WHEN i % 4 = 0 THEN NULL ELSE strftime('%Y-%m-%d %H:%M:%S', '2025-01-01', '+' || (i * 5 + 1) || ' minutes') END,
            CASE i % 4 WHEN 0 THEN 'Draft' WHEN 1 THEN 'PendingReview' WHEN 2 THEN 'Approved' ELSE 'Deleted' END, {1}, 1
        FROM n
        """;
}
