using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SupplierDD.Web.Identity;
using SupplierDD.Web.Localization;
using SupplierDD.Web.Portal;

namespace SupplierDD.Web.Pages.Portal;

/// <summary>The invitation's set-up link: choose a password (twice), then land signed in on the portal.</summary>
public sealed class SetUpModel(
    FailedAttempts attempts, PortalLinks links, SignInManager<WebUser> signIn, WebDbContext db,
    IOptions<IdentityOptions> identity, IStringLocalizer<PortalResource> T, ILogger<SetUpModel> logger)
    : LinkPage(attempts, links, signIn.UserManager, logger)
{
    [BindProperty] public SetUpInput Input { get; set; } = new();
    public int MinimumLength => identity.Value.Password.RequiredLength;
    protected override PortalLinkPurpose Purpose => PortalLinkPurpose.SetUp;

    public sealed class SetUpInput : LinkInput
    {
        [Required(ErrorMessage = "Choose a password."), DataType(DataType.Password), Display(Name = "New password")]
        public string Password { get; set; } = "";
        [Required(ErrorMessage = "Enter the password again."), DataType(DataType.Password), Display(Name = "Repeat the password")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var keys = FailedAttempts.Keys(HttpContext, AttemptKind.Link);
        if (Blocked(keys)) return Page();
        if (!ModelState.IsValid) return Page();
        if (await CheckAsync(Input.Token, keys) is not var (link, user)) return Page();

        // The password is checked before the link is used, so a rejected password leaves the link working.
        var rejected = await PasswordProblemsAsync(user);
        if (rejected.Count > 0)
        {
            foreach (var problem in rejected) ModelState.AddModelError("Input.Password", problem);
            return Page();
        }

        // Using the link and setting the password commit together: never a used link without a password.
        await using (var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted))
        {
            if (!await ConsumeAsync(link)) return Page();
            if (await Users.HasPasswordAsync(user)) Ensure(await Users.RemovePasswordAsync(user));
            Ensure(await Users.AddPasswordAsync(user, Input.Password));
            user.EmailConfirmed = true;
            Ensure(await Users.UpdateAsync(user));
            await Users.ResetAccessFailedCountAsync(user);
            await transaction.CommitAsync(HttpContext.RequestAborted);
        }
        logger.LogInformation("Portal user {UserId} set up their account", user.Id);
        await signIn.SignInAsync(user, isPersistent: false);
        Cultures.Remember(Response, Cultures.Normalize(user.Language));
        return LocalRedirect("/portal");
    }

    async Task<List<string>> PasswordProblemsAsync(WebUser user)
    {
        var problems = new List<string>();
        foreach (var validator in Users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(Users, user, Input.Password);
            problems.AddRange(result.Errors.Select(e => e.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordTooShort) => T["Use at least {0} characters.", MinimumLength].Value,
                _ => e.Description,
            }));
        }
        return problems;
    }

    static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException("Setting the password failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}
