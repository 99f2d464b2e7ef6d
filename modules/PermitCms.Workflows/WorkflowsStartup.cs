using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PermitCms.Core.Modules;

namespace PermitCms.Workflows;

/// <summary>Workflow definitions as data, executed with Stateless (issue #3).</summary>
public sealed class WorkflowsStartup : IModuleStartup
{
    public string Name => "Workflows";

    public int Order => -50;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
