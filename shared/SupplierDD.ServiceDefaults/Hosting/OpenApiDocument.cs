using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace SupplierDD.ServiceDefaults.Hosting;

/// <summary>OpenAPI document at <c>/openapi/v1.json</c> and a browsable reference at <c>/scalar/v1</c>.</summary>
public static class OpenApiDocument
{
    internal static void AddOpenApiDocument(this WebApplicationBuilder builder)
    {
        var serviceName = builder.Environment.ApplicationName;
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = $"SupplierDD {serviceName}";
            document.Info.Description ??= "Send a bearer token (HS256 JWT, issuer and audience `supplierdd`). In development `infra/dev-token.sh ROLE` prints one.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "JWT with `sub`, `role` (one claim per role) and, for supplier users, `supplier_id`.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
            return Task.CompletedTask;
        }));
    }

    internal static void MapOpenApiDocument(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
    }
}
