using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Accounts;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Definitions;
using PermitCms.Workflows.Runtime;
using PermitCms.Workflows.Trial;

namespace PermitCms.Tests.Workflows;

/// <summary>
/// The real app with the test's "permit.complete" guard, and helpers that drive the module's trial items
/// (the workflow subject the Workflows module owns) through the real <see cref="IWorkflowService"/>,
/// each call in its own scope as separate requests would be.
/// </summary>
public class WorkflowTestApp : PermitCmsFactory
{
    public WorkflowTestApp()
    {
        Set("Workflows:Webhooks:Secret", "test-secret");
        Set("Workflows:Webhooks:FirstRetryDelay", "00:00:00.200");
        Set("Workflows:Webhooks:PollInterval", "00:00:00.200");
        Set("Workflows:Webhooks:MaxAttempts", "3");
        Set("Workflows:Webhooks:RequestTimeout", "00:00:05");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            // Only the test's guard: the Permits module's real guard knows permits, not trial items.
            services.RemoveAll<IWorkflowGuard>();
            services.AddSingleton<IWorkflowGuard, TestCompleteGuard>();
        });
    }

    public Task<int> EnterpriseIdAsync(string userName)
        => WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.EnterpriseId!.Value).SingleAsync());

    /// <summary>A new item of <paramref name="owner"/>'s enterprise, started on the published version of the workflow.</summary>
    public async Task<int> CreateItemAsync(string owner = DemoAccounts.Enterprise1, string title = "测试事项", string workflow = PermitApplication.WorkflowName)
    {
        var user = await this.PrincipalAsync(owner);
        var enterpriseId = await EnterpriseIdAsync(owner);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PermitCms.Core.Data.PermitCmsDbContext>();
        var item = new WorkflowTrialItem { Title = title, EnterpriseId = enterpriseId, CreatedAt = DateTime.UtcNow };
        db.Add(item);
        await scope.ServiceProvider.GetRequiredService<IWorkflowService>().StartAsync(item, workflow, user);
        await db.SaveChangesAsync();
        return item.Id;
    }

    /// <summary>Brings a new item of ent1 into a state of the default workflow by its real transitions.</summary>
    public async Task<int> CreateItemInStateAsync(string state)
    {
        var id = await CreateItemAsync();
        string[] path = state switch
        {
            "Draft" => [],
            "PendingReview" => ["submit"],
            "Approved" => ["submit", "approve"],
            "Rejected" => ["submit", "reject"],
            "Deleted" => ["delete"],
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
        foreach (var trigger in path)
        {
            var actor = trigger is "approve" or "reject" ? DemoAccounts.Reviewer : DemoAccounts.Enterprise1;
            var result = await FireAsync(id, trigger, actor, "测试意见");
            Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        }

        return id;
    }

    public async Task<WorkflowFireResult> FireAsync(int itemId, string trigger, string userName, string? comment = null)
    {
        var user = await this.PrincipalAsync(userName);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PermitCms.Core.Data.PermitCmsDbContext>();
        var item = await db.Set<WorkflowTrialItem>().SingleAsync(i => i.Id == itemId);
        return await scope.ServiceProvider.GetRequiredService<IWorkflowService>().FireAsync(item, trigger, user, comment);
    }

    public async Task<IReadOnlyList<WorkflowTrigger>> PermittedAsync(int itemId, string userName)
    {
        var user = await this.PrincipalAsync(userName);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PermitCms.Core.Data.PermitCmsDbContext>();
        var item = await db.Set<WorkflowTrialItem>().AsNoTracking().SingleAsync(i => i.Id == itemId);
        return await scope.ServiceProvider.GetRequiredService<IWorkflowService>().GetPermittedTriggersAsync(item, user);
    }

    public Task<WorkflowTrialItem> ItemAsync(int itemId)
        => WithDbAsync(db => db.Set<WorkflowTrialItem>().AsNoTracking().SingleAsync(i => i.Id == itemId));

    public async Task<IReadOnlyList<WorkflowHistoryEntry>> HistoryAsync(int itemId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowService>()
            .GetHistoryAsync(WorkflowTrialItem.ItemType, itemId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
