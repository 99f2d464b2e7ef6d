namespace PermitCms.Web.Hosting;

/// <summary>Whether ForwardedHeaders names a proxy, decided while the services are built.</summary>
internal sealed record ForwardedProxies(bool Configured);
