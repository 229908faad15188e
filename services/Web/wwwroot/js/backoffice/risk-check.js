// The name check: counts the non-empty lines as they are typed, and says when there are more than the service takes.
(() => {
  const area = document.querySelector("textarea[data-max-lines]");
  const counter = document.querySelector("[data-line-count]");
  if (!area || !counter) return;
  const max = Number(area.dataset.maxLines);
  const update = () => {
    const lines = area.value.split("\n").filter((line) => line.trim().length > 0).length;
    counter.textContent = `${lines} / ${max}`;
    counter.classList.toggle("text-danger", lines > max);
  };
  area.addEventListener("input", update);
  update();
})();
