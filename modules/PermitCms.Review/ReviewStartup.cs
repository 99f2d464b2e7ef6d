using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Core.Modules;
using PermitCms.Core.Navigation;
using PermitCms.Core.Security;

namespace PermitCms.Review;

/// <summary>The reviewer's side of the lifecycle: queue with counts per status, review page with 审核通过 / 退回.</summary>
public sealed class ReviewStartup : IModuleStartup
{
    public string Name => "Review";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions(ReviewPermissions.Access);
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Admin/Review", ReviewPermissions.AccessPolicy));
        services.AddMenuItems(new MenuItem(Menus.Admin, "审核队列", "/Admin/Review", ReviewPermissions.AccessPolicy, MenuPositions.Review));
    }
}
