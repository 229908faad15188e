using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Refit;
using SupplierDD.Web.Clients;
using SupplierDD.Web.Localization;

namespace SupplierDD.Web.Tests.Unit;

public sealed class ServiceProblemsLanguageTests
{
    [Fact]
    public async Task AnswerWithoutProblemDetails_Chinese_IsToldInChinese()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
            var localizer = factory.Create(typeof(BackOfficeResource));
            using var response = new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>proxy error</html>") };
            var error = await ApiException.Create(new HttpRequestMessage(HttpMethod.Post, "http://registry/api/suppliers"), HttpMethod.Post, response, new RefitSettings());
            var modelState = new ModelStateDictionary();

            ServiceProblems.AddTo(modelState, error, L: localizer);

            Assert.Equal("服务返回了 502。", modelState[""]?.Errors.Single().ErrorMessage);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
