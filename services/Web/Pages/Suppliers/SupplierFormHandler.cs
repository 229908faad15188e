using System.Net;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Refit;
using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Pages.Suppliers;

/// <summary>What the create and edit pages do with a registry call that did not work: they keep the input and say why.</summary>
public static class SupplierFormHandler
{
    /// <summary>The outcome for the page: field errors, a conflict with another supplier, or a top message.</summary>
    public sealed record Failure(Guid? ExistingSupplierId = null, bool Stale = false);

    /// <summary>Failures the form reports itself; anything else is a bug for the error page.</summary>
    public static bool Handles(Exception e) => e is ApiException || ServiceProblems.IsUnavailable(e);

    public static Failure Report(Exception e, SupplierForm input, ModelStateDictionary modelState, HttpContext http, ILogger logger, IStringLocalizer L)
    {
        switch (e)
        {
            case ApiException { StatusCode: HttpStatusCode.Conflict } conflict:
                var existing = SupplierForm.ExistingSupplier(conflict);
                modelState.AddModelError($"Input.{nameof(SupplierForm.RegistrationValue)}",
                    ServiceProblems.Read(conflict)?.Detail ?? L["Another supplier already has this registration id."]);
                if (existing is null) ServiceProblems.AddTo(modelState, conflict, L: L);
                return new Failure(ExistingSupplierId: existing);
            case ApiException { StatusCode: HttpStatusCode.PreconditionFailed or HttpStatusCode.PreconditionRequired }:
                modelState.AddModelError("", L["Someone else changed this supplier after you opened this page, so your changes were not saved. They are kept below: reload the current version, then apply them again."]);
                return new Failure(Stale: true);
            case ApiException { StatusCode: HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity } invalid:
                RegistryCalls.AddProblem(modelState, invalid, "Input", input.FieldMap(), SupplierForm.Labels(L));
                return new Failure();
            case ApiException other when !ServiceProblems.IsUnavailable(other):
                logger.LogWarning(other, "The registry refused a supplier form (trace {TraceId})", RegistryCalls.TraceId(http));
                ServiceProblems.AddTo(modelState, other, L: L);
                return new Failure();
            default:
                RegistryCalls.AddUnavailable(modelState, http, logger, e, L);
                return new Failure();
        }
    }
}
