// Form comforts for the back-office: ask before a destructive post (forms with data-confirm), and after a failed
// post bring the first problem into view and focus, so keyboard and screen-reader users land on it.
(() => {
  document.querySelectorAll("form[data-confirm]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });

  const invalid = document.querySelector("main [aria-invalid='true'], main .input-validation-error, main [data-form-error]");
  if (!invalid) return;
  invalid.closest("details")?.setAttribute("open", "");
  if (invalid.matches("[data-form-error]")) invalid.setAttribute("tabindex", "-1");
  invalid.scrollIntoView({ block: "center" });
  invalid.focus({ preventScroll: true });
})();
