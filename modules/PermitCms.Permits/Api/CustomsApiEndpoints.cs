using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PermitCms.Api.Abstractions;

namespace PermitCms.Permits.Api;

/// <summary>
/// /api/v1/customs/permits: 联网核查 and 核销 for customs systems, 海关用户's tokens only (any other role gets 403),
/// through <see cref="IPermitVerification"/> as the /Customs page. The permit is named by 批准单编号 plus the importer's
/// credit code, never by internal id, since that is what a customs declaration carries. POSTs need Idempotency-Key.
/// </summary>
internal static class CustomsApiEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var customs = endpoints.MapApiGroup("/customs/permits", "海关核销 Customs").RequireAuthorization(PermitsPermissions.VerifyPolicy);
        var ok = typeof(CustomsApiPermit);

        customs.MapGet("/{permitNo}", CustomsApiHandlers.LookupAsync).WithName("LookupPermit")
            .WithSummary("联网核查: look an issued permit up by 批准单编号 and ?creditCode= (the importer's 统一社会信用代码)")
            .Produces(200, ok).Problems(403, 404, 422)
            .WithExamples(null, CustomsApiExamples.Lookup);
        customs.MapPost("/{permitNo}/uses", CustomsApiHandlers.RecordUseAsync).WithName("RecordPermitUse")
            .WithSummary("核销: record a use against the lines' remaining quantities; all or nothing; the use that leaves nothing makes it 已核销")
            .Accepts<CustomsApiUseBody>("application/json").Produces(201, ok).Problems(400, 403, 404, 409, 415, 422)
            .WithExamples(CustomsApiExamples.Use, CustomsApiExamples.Used, 201);
    }
}
