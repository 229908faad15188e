// Positions for the supply-chain graph: one band per tier, left to right (raw material left, customers right).
// A tier with many suppliers wraps into several columns inside its band, so a few hundred nodes stay readable
// instead of one column thousands of pixels tall. Inside a tier, suppliers sort by name: easy to scan and stable.
window.SddGraphLayout = (() => {
  const perColumn = 25;
  const columnWidth = 215;
  const rowHeight = 42;
  const tierGap = 110;

  function positions(nodes) {
    const byTier = new Map();
    for (const node of nodes) {
      if (!byTier.has(node.tier)) byTier.set(node.tier, []);
      byTier.get(node.tier).push(node);
    }
    const tiers = [...byTier.keys()].sort((a, b) => a - b);
    const placed = {};
    const headers = [];
    let x = 0;
    for (const tier of tiers) {
      const list = byTier.get(tier).sort((a, b) => a.name.localeCompare(b.name));
      const columns = Math.ceil(list.length / perColumn);
      const rows = Math.min(list.length, perColumn);
      list.forEach((node, i) => {
        const column = Math.floor(i / perColumn);
        const row = i % perColumn;
        placed[node.id] = { x: x + column * columnWidth, y: (row - (rows - 1) / 2) * rowHeight };
      });
      headers.push({ tier, x: x + ((columns - 1) * columnWidth) / 2, y: -((rows - 1) / 2) * rowHeight - 50 });
      x += columns * columnWidth + tierGap;
    }
    return { positions: placed, headers };
  }

  return { positions };
})();
