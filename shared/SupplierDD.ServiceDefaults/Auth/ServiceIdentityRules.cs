using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace SupplierDD.ServiceDefaults.Auth;

/// <summary>
/// Which keys sign which tokens. The shared key (<c>Auth:SigningKey</c>) signs users' tokens; each trusted service key
/// (<c>Auth:ServiceIdentities:&lt;name&gt;</c>) signs only that service's own identity, so a token signed with it must carry
/// the role <c>service:&lt;name&gt;</c> and nothing else — holding risk scoring's key lets one read snapshots, not act as a user.
/// </summary>
static class ServiceIdentityRules
{
    const string SharedKeyId = "shared";

    public static IEnumerable<SecurityKey> SigningKeys(AuthOptions auth)
    {
        yield return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(auth.SigningKey)) { KeyId = SharedKeyId };
        foreach (var (name, identity) in auth.ServiceIdentities)
            yield return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(identity.SigningKey)) { KeyId = Roles.Service(name) };
    }

    public static Task OnTokenValidated(TokenValidatedContext context)
    {
        if (context.SecurityToken.SigningKey?.KeyId is { } keyId && keyId != SharedKeyId)
        {
            var roles = context.Principal?.FindAll(ClaimNames.Role).Select(c => c.Value).ToList() ?? [];
            if (roles.Count != 1 || roles[0] != keyId || context.Principal!.HasClaim(c => c.Type == ClaimNames.SupplierId))
                context.Fail($"A token signed with the {keyId} key may carry only the role {keyId}.");
        }
        return Task.CompletedTask;
    }
}
