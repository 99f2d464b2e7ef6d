using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PermitCms.Core.Modules;
using PermitCms.Core.Navigation;
using PermitCms.Core.Security;
using PermitCms.Permits.Applications;
using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Permits.Display;
using PermitCms.Permits.Issuance;
using PermitCms.Permits.Lifecycle;
using PermitCms.Permits.Query;
using PermitCms.Permits.Statistics;
using PermitCms.Permits.Validation;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits;

/// <summary>批准单申请 and 批准单查询: applications, goods, attachments and code lists.</summary>
public sealed class PermitsStartup : IModuleStartup
{
    public string Name => "Permits";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions(PermitsPermissions.Apply, PermitsPermissions.ManageCodeLists, PermitsPermissions.Verify);
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Permits", PermitsPermissions.Apply.Name);
            options.Conventions.AuthorizeFolder("/Admin/CodeLists", PermitsPermissions.ManageCodeListsPolicy);
            options.Conventions.AuthorizeFolder("/Customs", PermitsPermissions.VerifyPolicy);
            options.Conventions.AllowAnonymousToFolder("/Verify");
        });
        services.AddMenuItems(
            new MenuItem(Menus.Enterprise, "批准单申请", "/Permits/Apply", PermitsPermissions.Apply.Name, MenuPositions.Apply),
            new MenuItem(Menus.Enterprise, "批准单查询", "/Permits/Query", PermitsPermissions.Apply.Name, MenuPositions.Query),
            new MenuItem(Menus.Enterprise, "批准单核销", "/Customs", PermitsPermissions.VerifyPolicy, MenuPositions.Apply),
            new MenuItem(Menus.Admin, "代码表", "/Admin/CodeLists", PermitsPermissions.ManageCodeListsPolicy, MenuPositions.CodeLists));

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CodeListCache>();
        services.AddSingleton<GoodsTotalsCache>();
        services.AddScoped<CodeListService>();
        services.AddScoped<ApplicationNumberGenerator>();
        services.AddScoped<PermitCompleteness>();
        services.AddScoped<PermitQueryService>();
        services.AddScoped<IPermitQueries>(sp => sp.GetRequiredService<PermitQueryService>());
        services.AddScoped<PermitChangeRecorder>();
        services.AddScoped<PermitAccess>();
        services.AddScoped<ApplicationEditor>();
        services.AddScoped<GoodsCommands>();
        services.AddScoped<GoodsImport>();
        services.AddScoped<AttachmentCommands>();
        services.AddScoped<LifecycleCommands>();
        services.AddScoped<IWorkflowItemFirer, PermitEscalation>();
        services.AddScoped<PermitCopier>();
        services.AddScoped<IPermitReview, PermitReview>();
        services.AddScoped<PermitExport>();
        services.AddScoped<StatisticsWorkbook>();
        services.AddScoped<IPermitStatistics, PermitStatisticsService>();
        services.AddScoped<PermitSummaryLoader>();
        services.AddScoped<PermitChangeLog>();
        services.AddScoped<Api.PermitApiReader>();
        services.AddScoped<IWorkflowGuard, PermitCompleteGuard>();
        services.AddPermitIssuance(configuration);
        services.AddSingleton<IWorkflowDefinitionSource, PermitWorkflowSource>();
        services.AddScoped<IDataSeeder, CodeListSeeder>();
    }

    public void BuildModel(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(PermitsStartup).Assembly);

    public void MapEndpoints(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints)
    {
        Api.PermitApiEndpoints.Map(endpoints);
        Api.CustomsApiEndpoints.Map(endpoints);
    }
}
