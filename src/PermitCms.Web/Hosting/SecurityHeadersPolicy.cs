namespace PermitCms.Web.Hosting;

/// <summary>
/// The security headers every response carries (pages, static files, errors, signed-in or not), written by
/// NetEscapades.AspNetCore.SecurityHeaders. Scripts and styles come from the app's own files only: pages keep no
/// inline script, no on…= handler and no style attribute, so neither script-src nor style-src needs 'unsafe-inline'.
/// </summary>
internal static class SecurityHeadersPolicy
{
    public static HeaderPolicyCollection Create() => new HeaderPolicyCollection()
        .AddContentTypeOptionsNoSniff()
        .AddFrameOptionsDeny()
        .AddReferrerPolicySameOrigin()
        .AddCrossOriginOpenerPolicy(policy => policy.SameOrigin())
        .AddCrossOriginResourcePolicy(policy => policy.SameOrigin())
        .RemoveServerHeader()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
            // Bootstrap draws its icons (close button, select arrow, check marks) as data: SVG backgrounds.
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self();
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
        })
        .AddPermissionsPolicy(permissions =>
        {
            permissions.AddDefaultSecureDirectives();
            // 卡介质登录 offers security keys (WebAuthn) on this origin.
            permissions.AddPublickeyCredentialsGet().Self();
            permissions.AddPublickeyCredentialsCreate().Self();
        });
}
