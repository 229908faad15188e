// The supply-chain graph page: fetches the graph JSON, draws it with cytoscape in tier columns (graph-layout.js),
// and fills the side panel with the supplier clicked, or chosen with "Show in graph" in the table.
(() => {
  const container = document.getElementById("graph");
  if (!container || !window.cytoscape || !window.SddGraphLayout) return;
  const text = JSON.parse(container.dataset.text);
  const status = document.getElementById("graph-status");
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const format = (template, value) => template.replace("{0}", value);
  let cy = null;
  let nodesById = new Map();

  load(0);

  function load(attempt) {
    fetch(container.dataset.url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then((response) => {
        // The session ended: reloading goes through sign-in and comes back here.
        if (response.status === 401) { window.location.reload(); return null; }
        if (response.status === 503 && attempt < 5) {
          status.textContent = text.retrying;
          setTimeout(() => load(attempt + 1), 2000 * (attempt + 1));
          return null;
        }
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json();
      })
      .then((graph) => { if (graph) draw(graph); })
      .catch(() => { status.textContent = text.loadError; status.classList.add("text-danger"); });
  }

  function tierLabel(tier) {
    return tier === 0 ? text.root : format(tier < 0 ? text.upstream : text.downstream, Math.abs(tier));
  }

  function draw(graph) {
    status.textContent = "";
    nodesById = new Map(graph.nodes.map((n) => [n.id, n]));
    const { positions, headers } = window.SddGraphLayout.positions(graph.nodes);
    const large = graph.nodes.length > 250;
    const elements = [];
    for (const n of graph.nodes) {
      const classes = ["supplier"];
      if (n.id === graph.rootId) classes.push("root");
      if (n.highRisk) classes.push("high-risk");
      elements.push({
        group: "nodes",
        data: { id: n.id, label: n.name.length > 30 ? `${n.name.slice(0, 29)}…` : n.name, statusColor: text.statusColors[n.status] || "#adb5bd" },
        position: positions[n.id],
        classes: classes.join(" "),
      });
    }
    for (const h of headers) {
      elements.push({ group: "nodes", data: { id: `tier:${h.tier}`, label: tierLabel(h.tier) }, position: { x: h.x, y: h.y }, classes: "tier-label", selectable: false });
    }
    for (const e of graph.edges) {
      const share = e.sharePercent == null ? "" : ` ${e.sharePercent}%`;
      elements.push({ group: "edges", data: { id: e.id, source: e.source, target: e.target, label: `${text.roles[e.material] || e.material}${share}` } });
    }

    cy = window.cytoscape({
      container,
      elements,
      layout: { name: "preset" },
      minZoom: 0.05,
      maxZoom: 2.5,
      boxSelectionEnabled: false,
      autoungrabify: true,
      // Hundreds of nodes: draw a cached bitmap while panning and zooming, edges again when it stops.
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      style: [
        { selector: "node.supplier", style: {
          shape: "round-rectangle", width: 190, height: 30, "background-color": "#f8f9fa", "border-width": 2, "border-color": "data(statusColor)",
          label: "data(label)", "font-size": 11, "text-valign": "center", "text-halign": "center", color: "#212529", "min-zoomed-font-size": 7,
        } },
        { selector: "node.high-risk", style: { "background-color": "#f8d7da", "border-color": "#dc3545", "border-width": 4, color: "#58151c" } },
        { selector: "node.root", style: { "background-color": "#12355b", color: "#ffffff", "font-weight": "bold" } },
        { selector: "node.root.high-risk", style: { "border-color": "#dc3545", "border-width": 5 } },
        { selector: "node.tier-label", style: {
          "background-opacity": 0, "border-width": 0, label: "data(label)", "font-size": 14, "font-weight": "bold", color: "#6c757d", events: "no", "min-zoomed-font-size": 5,
        } },
        { selector: "edge", style: {
          width: 1.2, "line-color": "#adb5bd", "target-arrow-color": "#adb5bd", "target-arrow-shape": "triangle", "arrow-scale": 0.8,
          "curve-style": graph.edges.length > 1500 ? "haystack" : "bezier",
        } },
        { selector: "node:selected", style: { "overlay-color": "#f2a900", "overlay-opacity": 0.35, "overlay-padding": 4 } },
        { selector: "edge.path", style: {
          width: 2.5, "line-color": "#12355b", "target-arrow-color": "#12355b", label: "data(label)", "font-size": 10,
          "text-background-color": "#ffffff", "text-background-opacity": 0.9, "text-background-padding": 2,
        } },
        { selector: ".faded", style: { opacity: 0.18 } },
      ],
    });
    initialView(graph);
    cy.on("tap", "node.supplier", (event) => select(event.target, false));
    cy.on("tap", (event) => { if (event.target === cy) clearSelection(); });
    wireControls(graph);
    // Drawn: how many suppliers are on the canvas (what the browser tests wait for).
    container.dataset.drawnNodes = String(graph.nodes.length);
  }

  // The whole chain when its labels stay readable; otherwise, for a chain of modest size, this supplier at a readable zoom.
  // A large chain starts as an overview: its shape and red high-risk nodes read even when the names do not.
  function initialView(graph) {
    cy.fit(undefined, 30);
    if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(); }
    if (cy.zoom() < 0.7 && graph.nodes.length <= 150) { cy.zoom(0.7); cy.center(cy.getElementById(graph.rootId)); }
  }

  function select(node, center) {
    if (!node || node.empty()) return;
    cy.elements().removeClass("faded path");
    const chain = node.predecessors().union(node.successors()).union(node);
    cy.elements(".supplier, edge").difference(chain).addClass("faded");
    chain.edges().addClass("path");
    cy.$(":selected").unselect();
    node.select();
    if (center) {
      const zoom = Math.max(cy.zoom(), 0.8);
      if (reduceMotion) { cy.zoom(zoom); cy.center(node); } else cy.animate({ center: { eles: node }, zoom }, { duration: 300 });
    }
    showPanel(nodesById.get(node.id()));
  }

  function clearSelection() {
    cy.elements().removeClass("faded path");
    cy.$(":selected").unselect();
  }

  function showPanel(n) {
    if (!n) return;
    const panel = document.getElementById("panel-details");
    const field = (name) => panel.querySelector(`[data-field="${name}"]`);
    field("name").textContent = n.name;
    field("localName").textContent = n.localName || "";
    field("tier").textContent = tierLabel(n.tier);
    field("roles").textContent = n.roles.map((r) => text.roles[r] || r).join(", ") || "—";
    field("status").textContent = text.statuses[n.status] || n.status;
    field("where").textContent = n.region ? `${n.country} / ${n.region}` : n.country;
    field("facilities").textContent = n.facilityRegions.join(", ") || "—";
    field("risk").hidden = !n.highRisk;
    field("riskRegions").textContent = n.highRiskRegions.join(", ");
    field("link").href = `/suppliers/${n.id}`;
    field("graphLink").href = `/suppliers/${n.id}/graph?depth=${container.dataset.depth}`;
    panel.hidden = false;
    document.getElementById("panel-empty").hidden = true;
  }

  function wireControls(graph) {
    const zoomBy = (factor) => cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    const actions = {
      fit: () => cy.fit(undefined, 30),
      "zoom-in": () => zoomBy(1.25),
      "zoom-out": () => zoomBy(0.8),
      root: () => select(cy.getElementById(graph.rootId), true),
    };
    document.querySelectorAll("[data-graph-action]").forEach((button) => {
      button.addEventListener("click", () => actions[button.dataset.graphAction]());
    });
    container.addEventListener("keydown", (event) => {
      const pan = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] }[event.key];
      if (pan) cy.panBy({ x: pan[0], y: pan[1] });
      else if (event.key === "+" || event.key === "=") zoomBy(1.25);
      else if (event.key === "-") zoomBy(0.8);
      else if (event.key === "0") actions.fit();
      else return;
      event.preventDefault();
    });
    document.querySelector("[data-graph-find]")?.addEventListener("submit", (event) => {
      event.preventDefault();
      const query = document.getElementById("graph-find").value.trim().toLowerCase();
      if (!query) return;
      const match = graph.nodes.find((n) => n.name.toLowerCase().includes(query) || (n.localName || "").toLowerCase().includes(query));
      status.textContent = match ? "" : format(text.notFound, query);
      if (match) select(cy.getElementById(match.id), true);
    });
    document.querySelectorAll("[data-show-node]").forEach((button) => {
      button.addEventListener("click", () => {
        container.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
        select(cy.getElementById(button.dataset.showNode), true);
        document.getElementById("graph-panel").focus({ preventScroll: true });
      });
    });
  }
})();
