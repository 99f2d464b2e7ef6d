using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Core.Modules;

namespace PermitCms.Theme.SingleWindow;

/// <summary>The enterprise site's look: layouts and styles only; it registers no feature.</summary>
public sealed class SingleWindowThemeStartup : IModuleStartup
{
    public string Name => "Theme.SingleWindow";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
