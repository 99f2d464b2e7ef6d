using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Core.Modules;
using PermitCms.Core.Navigation;
using PermitCms.Core.Security;

namespace PermitCms.Theme.Admin;

/// <summary>The admin look, and the rule that only staff enter /Admin — whichever module the page comes from.</summary>
public sealed class AdminThemeStartup : IModuleStartup
{
    public string Name => "Theme.Admin";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions(CorePermissions.AccessAdmin);
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Admin", CorePermissions.AccessAdmin.Name));
        services.AddMenuItems(new MenuItem(Menus.Admin, "首页", "/Admin", CorePermissions.AccessAdmin.Name, MenuPositions.Home));
    }
}
