using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Core.Modules;
using PermitCms.Core.Navigation;
using PermitCms.Core.Security;

namespace PermitCms.Review;

/// <summary>The reviewer's side of the lifecycle: queue with counts per status, review page with 审核通过 / 退回, 统计分析.</summary>
public sealed class ReviewStartup : IModuleStartup
{
    /// <summary>Right after the queue, before the administrators' entries.</summary>
    private const int StatisticsMenuPosition = MenuPositions.Review + 50;

    public string Name => "Review";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions(ReviewPermissions.Access, ReviewPermissions.Statistics);
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin/Review", ReviewPermissions.AccessPolicy);
            options.Conventions.AuthorizeFolder("/Admin/Statistics", ReviewPermissions.StatisticsPolicy);
        });
        services.AddMenuItems(
            new MenuItem(Menus.Admin, "审核队列", "/Admin/Review", ReviewPermissions.AccessPolicy, MenuPositions.Review),
            new MenuItem(Menus.Admin, "统计分析", "/Admin/Statistics", ReviewPermissions.StatisticsPolicy, StatisticsMenuPosition));
    }
}
