namespace PermitCms.Workflows.Webhooks;

public static class WebhookUrl
{
    public static bool IsValid(string? url)
        => url is { Length: > 0 and <= WebhookDelivery.UrlMaxLength }
           && Uri.TryCreate(url, UriKind.Absolute, out var uri)
           && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
