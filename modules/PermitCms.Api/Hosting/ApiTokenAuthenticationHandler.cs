using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PermitCms.Api.Abstractions;
using PermitCms.Api.Tokens;
using PermitCms.Core.Accounts;

namespace PermitCms.Api.Hosting;

/// <summary>
/// <c>Authorization: Bearer pcms_…</c>: the token's user, with exactly the claims a cookie sign-in gives
/// (the app's own claims factory: roles, enterprise, display name), rebuilt on every request so that a
/// changed role or enterprise applies at once. A revoked or expired token, or a locked user, is refused.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    UserManager<AppUser> users,
    IUserClaimsPrincipalFactory<AppUser> claims)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string TokenIdClaim = "permitcms:api_token_id";

    private const string FailureKey = "PermitCms.Api.AuthFailure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.FindActiveAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        var user = token is null ? null : await users.FindByIdAsync(token.UserId);
        if (token is null || user is null)
        {
            return Fail("API 令牌无效、已过期或已被吊销，请在“个人中心 → API 令牌”中重新创建。");
        }

        if (await users.IsLockedOutAsync(user))
        {
            return Fail("该令牌所属的用户已被锁定或停用。");
        }

        var principal = await claims.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, ApiDefaults.Scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(TokenIdClaim, token.Id.ToString(CultureInfo.InvariantCulture)));
        await tokens.NoteUseAsync(token, Context.RequestAborted);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiDefaults.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var detail = Context.Items[FailureKey] as string ?? "请在请求头 Authorization 中提供 API 令牌：Bearer <令牌>。";
        return ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "未认证", detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
        => ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "无权访问", "该令牌所属的用户无权使用此接口。");

    private AuthenticateResult Fail(string message)
    {
        Context.Items[FailureKey] = message;
        return AuthenticateResult.Fail(message);
    }
}
