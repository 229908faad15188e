// One-time links carry their token in the URL fragment (#...), which browsers never send to a server, so it
// stays out of access logs, proxies and Referer headers. This moves it into the form and out of the address
// bar and history. The tab's sessionStorage keeps it so a reload or a language switch does not lose it.
(() => {
  const form = document.querySelector("form[data-link-form]");
  const field = form?.querySelector("input[data-link-token]");
  if (!form || !field) return;

  const key = "sdd.link" + location.pathname;
  const fromFragment = location.hash.length > 1 ? location.hash.slice(1) : "";
  if (fromFragment) {
    history.replaceState(history.state, "", location.pathname + location.search);
    try { sessionStorage.setItem(key, fromFragment); } catch { /* storage off: the field still has it */ }
  }
  let token = fromFragment;
  if (!token) {
    try { token = sessionStorage.getItem(key) || ""; } catch { token = ""; }
  }
  if (token && !field.value) field.value = token;

  // A code that came with the link needs no typing: hide the field unless the server flagged it.
  const group = form.querySelector("[data-code-group]");
  if (field.value && group && !group.querySelector(".field-validation-error")) {
    group.hidden = true;
    form.querySelector("input:not([type=hidden]):not([data-link-token]), button[type=submit]")?.focus();
  }
})();
