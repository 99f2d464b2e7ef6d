using PermitCms.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPermitCms();

var app = builder.Build();
await app.PreparePermitCmsAsync();
app.UsePermitCms();
await app.RunAsync();

/// <summary>Entry point, public for WebApplicationFactory in tests.</summary>
public partial class Program;
