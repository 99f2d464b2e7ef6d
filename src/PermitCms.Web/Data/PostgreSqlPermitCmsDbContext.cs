using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Data;
using PermitCms.Core.Modules;

namespace PermitCms.Web.Data;

/// <summary>The composed context on PostgreSQL; its migrations live in Data/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlPermitCmsDbContext(DbContextOptions<PostgreSqlPermitCmsDbContext> options, ModuleCatalog modules)
    : PermitCmsDbContext(options, modules);
