namespace SupplierDD.Web.BrowserTests.Infrastructure;

/// <summary>Bearer tokens signed with the development key, for the setup calls a test makes straight to a service.</summary>
public static class DevToken
{
    /// <summary>The subject of the browser tests' own calls, so the services' audit trails tell them from page actions.</summary>
    public static string Subject(string role) => $"browser-test-{role}";

    public static string For(string role) => TestTokens.For(role, Subject(role));
}
