// The review form: the band matters only for an override, so its field is shown only then (and always without scripts).
(() => {
  const form = document.querySelector("form[data-testid=review-form]");
  const band = form?.querySelector("[data-review-band]");
  if (!band) return;
  const update = () => {
    const action = form.querySelector("input[name='Review.Action']:checked")?.value;
    band.hidden = action !== "override" && !band.querySelector("[aria-invalid='true']");
  };
  form.addEventListener("change", update);
  update();
})();
