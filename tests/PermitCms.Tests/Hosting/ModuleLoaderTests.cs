using Microsoft.Extensions.DependencyInjection;
using PermitCms.Core.Modules;
using PermitCms.Tests.Infrastructure;
using PermitCms.Web.Hosting;

namespace PermitCms.Tests.Hosting;

public sealed class ModuleLoaderTests(PermitCmsFactory factory) : IClassFixture<PermitCmsFactory>
{
    private static readonly string[] ExpectedModules = ["Accounts", "Api", "Permits", "Review", "Theme.Admin", "Theme.SingleWindow", "Workflows"];

    [Fact]
    public void Discovers_every_module_the_host_references_from_its_deps_file()
    {
        var catalog = ModuleLoader.Discover(typeof(Program).Assembly);

        Assert.Equal(ExpectedModules, catalog.Modules.Select(m => m.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_running_app_loaded_the_same_modules_in_start_up_order()
    {
        var catalog = factory.Services.GetRequiredService<ModuleCatalog>();

        Assert.Equal(ExpectedModules, catalog.Modules.Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Accounts", catalog.Modules[0].Name);
        Assert.Equal(catalog.Modules.OrderBy(m => m.Order).Select(m => m.Name), catalog.Modules.Select(m => m.Name));
    }
}
