// Shared behaviour: mark that scripts run (to hide no-script buttons) and submit forms marked data-auto-submit on change.
document.documentElement.classList.add("js");
document.querySelectorAll("form[data-auto-submit]").forEach((form) => {
  form.addEventListener("change", () => form.requestSubmit());
});
