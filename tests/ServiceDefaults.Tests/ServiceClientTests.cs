using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Refit;
using SupplierDD.ServiceDefaults.Http;

namespace SupplierDD.ServiceDefaults.Tests;

public interface IEchoApi
{
    [Get("/api/things/{id}")]
    Task<Thing> GetThing(int id);
}

public sealed record Thing(int Id, string Name);

public sealed class ServiceClientTests
{
    sealed class RecordingHandler : DelegatingHandler
    {
        public List<Uri> Requests { get; } = [];
        public int FailuresLeft { get; set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!);
            if (FailuresLeft-- > 0) return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable));
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK)
            {
                Content = new StringContent("{\"id\":7,\"name\":\"wafer\"}", System.Text.Encoding.UTF8, "application/json"),
            });
        }
    }

    [Fact]
    public async Task Client_UsesConfiguredBaseAddress_AndRetriesTransientFailures()
    {
        var handler = new RecordingHandler { FailuresLeft = 1 };
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Services:SupplierRegistry:BaseUrl"] = "http://127.0.0.1:5101" }).Build());
        services.AddServiceClient<IEchoApi>("SupplierRegistry").ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var thing = await provider.GetRequiredService<IEchoApi>().GetThing(7);

        Assert.Equal(new Thing(7, "wafer"), thing);
        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, uri => Assert.Equal("http://127.0.0.1:5101/api/things/7", uri.ToString()));
    }
}
