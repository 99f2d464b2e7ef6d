using PermitCms.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(BrowserFixture))]
