using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Accounts.Seeding;
using PermitCms.Core.Accounts;
using PermitCms.Permits.Data;
using PermitCms.Tests.Infrastructure;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Tests.Workflows;

/// <summary>
/// What workflow tests do to any instance of the real app: a user's principal as sign-in builds it, an
/// administrator's command on definitions, and publishing a changed "Permit" definition.
/// </summary>
public static class WorkflowAppExtensions
{
    public static async Task<ClaimsPrincipal> PrincipalAsync(this PermitCmsFactory app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
    }

    /// <summary>Runs an administrator's command on definitions (draft, save, publish) in a fresh scope.</summary>
    public static async Task<T> WithManagerAsync<T>(this PermitCmsFactory app, Func<WorkflowDefinitionManager, ClaimsPrincipal, Task<T>> work)
    {
        var admin = await app.PrincipalAsync(DemoAccounts.Administrator);
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<WorkflowDefinitionManager>(), admin);
    }

    /// <summary>Creates a draft of "Permit", lets <paramref name="edit"/> change it, saves and publishes it.</summary>
    public static async Task<int> PublishChangedPermitAsync(this PermitCmsFactory app, Action<WorkflowDocument> edit)
    {
        var definitionId = await app.WithDbAsync(db => db.Set<WorkflowDefinition>().Where(d => d.Name == PermitApplication.WorkflowName).Select(d => d.Id).SingleAsync());
        var draft = await app.WithManagerAsync(async (m, admin) =>
        {
            var (created, error) = await m.CreateDraftAsync(definitionId, admin, CancellationToken.None);
            Assert.True(created is not null, error);
            return created!;
        });
        var document = draft.ReadDocument();
        edit(document);
        Assert.Null(await app.WithManagerAsync((m, _) => m.SaveDraftAsync(draft.Id, draft.Revision, document, CancellationToken.None)));
        var errors = await app.WithManagerAsync((m, admin) => m.PublishAsync(draft.Id, admin, CancellationToken.None));
        Assert.Empty(errors);
        return draft.Id;
    }
}
