using PermitCms.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPermitCms();

await using var app = builder.Build();
await app.PreparePermitCmsAsync();
if (await app.TryRunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

app.UsePermitCms();
await app.RunAsync();
return 0;

/// <summary>Entry point, public for WebApplicationFactory in tests.</summary>
public partial class Program;
