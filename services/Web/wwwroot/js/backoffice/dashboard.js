// Draws the dashboard's charts from the JSON in each canvas's data-chart attribute. The table under each chart
// stays in the page for screen readers (and is what you see without scripts).
(() => {
  if (!window.Chart) return;
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const brand = getComputedStyle(document.documentElement).getPropertyValue("--sdd-brand").trim() || "#12355b";

  document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
    const data = JSON.parse(canvas.dataset.chart);
    const doughnut = canvas.dataset.chartType === "doughnut";
    new window.Chart(canvas, {
      type: doughnut ? "doughnut" : "bar",
      data: {
        labels: data.labels,
        datasets: [{ label: data.label, data: data.values, backgroundColor: data.colors || brand, borderWidth: doughnut ? 1 : 0 }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduceMotion ? false : { duration: 400 },
        // Horizontal bars keep long role and country names readable at tablet widths.
        indexAxis: doughnut ? undefined : "y",
        plugins: { legend: { display: doughnut, position: "right" } },
        scales: doughnut ? {} : { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    canvas.closest("figure")?.classList.add("chart-drawn");
  });
})();
