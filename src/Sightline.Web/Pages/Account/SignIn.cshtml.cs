using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Sightline.Web.Pages.Account;

[EnableRateLimiting(WebServiceCollectionExtensions.SignInPolicy)]
public sealed class SignInModel(SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [StringLength(256)]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(256)]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Failure { get; private set; }

    public bool Expired => Request.Query.ContainsKey("expired");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : "/workspace");
        }

        Failure = result.IsLockedOut
            ? "Too many failed attempts: this account is locked for 15 minutes."
            : "The e-mail address or password is not right.";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
