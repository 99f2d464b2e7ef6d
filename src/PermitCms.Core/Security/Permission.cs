namespace PermitCms.Core.Security;

/// <summary>
/// A named permission a module declares. The host turns each into an authorization policy of the same
/// name that the listed roles satisfy, so a page asks for a permission, never for a role.
/// </summary>
public sealed record Permission(string Name, string Description, params string[] Roles);
