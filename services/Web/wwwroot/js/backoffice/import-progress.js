// Follows an import on /imports/{id}: polls the page's Status handler every 700 ms and updates the bar, the counts
// and the first row errors, until the job is Completed or Failed. A 401 means the session ended: reloading goes
// through sign-in and back. A registry that does not answer is retried, more slowly each time.
(() => {
  const root = document.querySelector("[data-import-status-url]");
  if (!root || root.dataset.finished === "true") return;
  const field = (name) => document.querySelector(`[data-field="${name}"]`);
  const interval = 700;
  let failures = 0;
  let lastStatus = field("status").dataset.status;

  setTimeout(poll, interval);

  function poll() {
    fetch(root.dataset.importStatusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin", cache: "no-store" })
      .then((response) => {
        if (response.status === 401) { window.location.reload(); return null; }
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      })
      .then((job) => {
        if (!job) return;
        failures = 0;
        field("retry").textContent = "";
        render(job);
        if (!job.finished) setTimeout(poll, interval);
      })
      .catch(() => {
        failures += 1;
        field("retry").textContent = root.dataset.textRetrying;
        setTimeout(poll, Math.min(15000, interval * 2 ** failures));
      });
  }

  function render(job) {
    const percent = `${Math.round(job.percentDone * 10) / 10}`;
    const progress = root.querySelector("[role=progressbar]");
    progress.setAttribute("aria-valuenow", percent);
    progress.setAttribute("aria-valuetext", `${percent} %`);
    const bar = field("bar");
    bar.style.width = `${percent}%`;
    bar.textContent = `${percent} %`;
    field("rows").textContent = root.dataset.textRows.replace("{0}", job.rowsDone).replace("{1}", job.totalRows);
    for (const name of ["created", "updated", "unchanged", "failed"]) field(name).textContent = job[name];

    const status = field("status");
    status.textContent = job.statusLabel;
    status.dataset.status = job.status;
    if (job.status !== lastStatus) {
      lastStatus = job.status;
      // Announced once per change of state, not on every poll.
      field("announce").textContent = `${job.statusLabel}. ${field("rows").textContent}`;
    }

    const message = field("message");
    message.textContent = job.message || "";
    message.hidden = !job.message;
    renderErrors(job);

    if (job.finished) {
      bar.classList.remove("progress-bar-striped", "progress-bar-animated");
      bar.classList.add(...(job.status === "Failed" ? ["bg-danger"] : job.failed > 0 ? ["bg-warning", "text-dark"] : ["bg-success"]));
      status.classList.remove("text-bg-primary");
      status.classList.add(job.status === "Failed" ? "text-bg-danger" : "text-bg-success");
      field("finished-actions").hidden = false;
      root.dataset.finished = "true";
    }
  }

  function renderErrors(job) {
    field("errors-section").hidden = job.errorCount === 0;
    field("error-count").textContent = job.errorCount;
    const body = field("errors");
    if (body.children.length === job.errors.length) return;
    body.replaceChildren(...job.errors.map((e) => {
      const row = document.createElement("tr");
      const cells = [String(e.row), e.column || "", e.message];
      cells.forEach((value, i) => {
        const cell = document.createElement("td");
        if (i === 1) { const code = document.createElement("code"); code.textContent = value; cell.append(code); } else cell.textContent = value;
        row.append(cell);
      });
      return row;
    }));
  }
})();
