using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PermitCms.Core.Navigation;

namespace PermitCms.Core.Security;

/// <summary>How a module declares its permissions and menu entries from its startup.</summary>
public static class PermissionServiceCollectionExtensions
{
    public static IServiceCollection AddPermissions(this IServiceCollection services, params Permission[] permissions)
    {
        services.TryAddEnumerable(ServiceDescriptor.Transient<IConfigureOptions<AuthorizationOptions>, PermissionPolicySetup>());
        foreach (var permission in permissions)
        {
            services.AddSingleton(permission);
        }

        return services;
    }

    public static IServiceCollection AddMenuItems(this IServiceCollection services, params MenuItem[] items)
    {
        services.TryAddScoped<MenuService>();
        foreach (var item in items)
        {
            services.AddSingleton(item);
        }

        return services;
    }
}
