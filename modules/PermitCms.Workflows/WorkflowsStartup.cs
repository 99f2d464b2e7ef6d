using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PermitCms.Core.Modules;
using PermitCms.Core.Navigation;
using PermitCms.Core.Security;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Activities;
using PermitCms.Workflows.Calendar;
using PermitCms.Workflows.Deadlines;
using PermitCms.Workflows.Definitions;
using PermitCms.Workflows.Runtime;
using PermitCms.Workflows.Trial;
using PermitCms.Workflows.Webhooks;

namespace PermitCms.Workflows;

/// <summary>Workflow definitions as data, executed with Stateless (issue #3).</summary>
public sealed class WorkflowsStartup : IModuleStartup
{
    public string Name => "Workflows";

    public int Order => -50;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions(WorkflowsPermissions.Manage, WorkflowsPermissions.Notifications);
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin/Workflows", WorkflowsPermissions.Manage.Name);
            options.Conventions.AuthorizeFolder("/Admin/WorkingCalendar", WorkflowsPermissions.Manage.Name);
            options.Conventions.AuthorizeFolder("/Notifications", WorkflowsPermissions.Notifications.Name);
        });
        services.AddMenuItems(
            new MenuItem(Menus.Admin, "流程配置", "/Admin/Workflows", WorkflowsPermissions.Manage.Name, MenuPositions.Workflows),
            new MenuItem(Menus.Admin, "工作日历", "/Admin/WorkingCalendar", WorkflowsPermissions.Manage.Name, MenuPositions.Workflows + 10));

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WorkflowDefinitionCache>();
        services.AddScoped<WorkflowFireExecutor>();
        services.AddScoped<IWorkflowService, WorkflowService>();
        services.AddScoped<WorkflowDefinitionManager>();
        services.AddScoped<IDataSeeder, WorkflowSeeder>();
        services.AddScoped<IWorkflowActivity, NotifyActivity>();
        services.AddScoped<IWorkflowActivity, WebhookActivity>();

        services.AddScoped<WorkingDays>();
        services.AddScoped<DeadlineTracker>();
        services.AddScoped<DeadlineFirer>();
        services.AddScoped<EscalationTrigger>();
        services.AddScoped<IWorkflowItemFirer, TrialItemFirer>();
        services.AddScoped<IWorkflowDeadlines, WorkflowDeadlines>();
        services.AddScoped<IDataSeeder, WorkingCalendarSeeder>();
        services.Configure<DeadlineTimerOptions>(configuration.GetSection(DeadlineTimerOptions.Section));
        services.AddHostedService<DeadlineTimer>();

        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.Section));
        services.AddSingleton<WebhookSignal>();
        services.AddHttpClient(WebhookSender.HttpClientName);
        services.AddHostedService<WebhookSender>();
    }

    public void BuildModel(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowsStartup).Assembly);
}
