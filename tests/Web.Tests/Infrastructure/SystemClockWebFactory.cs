namespace SupplierDD.Web.Tests.Infrastructure;

/// <summary>
/// The Web app on the real clock, for tests where a real registry fails or is unreachable: the resilience handler's
/// waits between retries then pass by themselves instead of waiting on <see cref="WebFactory.Time"/>.
/// </summary>
public sealed class SystemClockWebFactory : WebFactory
{
    protected override bool UsesFakeClock => false;
}
