// Draws the risk pages' charts from the JSON in each canvas's data-risk-chart attribute:
//  - kind "stacked": horizontal bars of suppliers per band (dashboard), a click opens the filtered review queue;
//  - kind "factors": a supplier's breakdown, one horizontal bar per factor (points it adds; cap lines are negative).
// The table next to each chart stays in the page for screen readers and is what you see without scripts.
(() => {
  if (!window.Chart) return;
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const brand = getComputedStyle(document.documentElement).getPropertyValue("--sdd-brand").trim() || "#12355b";

  const stacked = (canvas, data) => new window.Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: data.datasets.map((d) => ({ label: d.label, data: d.values, backgroundColor: d.color, borderWidth: 0 })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 400 },
      indexAxis: "y",
      plugins: { legend: { position: "bottom" } },
      scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
      onClick: (_event, elements) => {
        const link = elements.length > 0 && data.links ? data.links[elements[0].index] : null;
        if (link) window.location.assign(link);
      },
      onHover: (event, elements) => {
        event.native.target.style.cursor = elements.length > 0 && data.links ? "pointer" : "default";
      },
    },
  });

  const factors = (canvas, data) => new window.Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: [{
        label: data.label,
        data: data.values,
        backgroundColor: data.values.map((v) => (v < 0 ? "#adb5bd" : data.color || brand)),
        borderWidth: 0,
      }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 400 },
      indexAxis: "y",
      plugins: { legend: { display: false } },
      scales: { x: { suggestedMin: 0, suggestedMax: 100, title: { display: true, text: data.axis } } },
    },
  });

  document.querySelectorAll("canvas[data-risk-chart]").forEach((canvas) => {
    const data = JSON.parse(canvas.dataset.riskChart);
    if (data.kind === "stacked") stacked(canvas, data);
    else factors(canvas, data);
    canvas.closest("figure")?.classList.add("chart-drawn");
  });
})();
