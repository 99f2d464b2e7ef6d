using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PermitCms.Core.Modules;

/// <summary>
/// The one class a module exposes to the host (Orchard's StartupBase idea). The host finds it in the
/// referenced module assemblies and calls it; a module registers everything it owns from here.
/// </summary>
public interface IModuleStartup
{
    /// <summary>Display name, shown in diagnostics and asserted by tests.</summary>
    string Name { get; }

    /// <summary>Lower runs first, for services and for endpoint mapping.</summary>
    int Order => 0;

    /// <summary>Services, permissions (<see cref="Security.Permission"/>) and admin menu entries.</summary>
    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>
    /// Entities the module owns, added to the one composed model. A module with entities usually applies
    /// the <c>IEntityTypeConfiguration</c>s of its own assembly here.
    /// </summary>
    void BuildModel(ModelBuilder modelBuilder)
    {
    }

    /// <summary>Minimal-API endpoints; Razor Pages of the module are found without help.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
