// Copies the built files the pages load from node_modules into wwwroot/lib (run by FrontEnd.targets).
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const files = {
  "bootstrap/css/bootstrap.min.css": "bootstrap/dist/css/bootstrap.min.css",
  "bootstrap/css/bootstrap.min.css.map": "bootstrap/dist/css/bootstrap.min.css.map",
  "bootstrap/js/bootstrap.bundle.min.js": "bootstrap/dist/js/bootstrap.bundle.min.js",
  "bootstrap/js/bootstrap.bundle.min.js.map": "bootstrap/dist/js/bootstrap.bundle.min.js.map",
  "chart.js/chart.umd.min.js": "chart.js/dist/chart.umd.min.js",
  "cytoscape/cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
};

const lib = join(root, "wwwroot", "lib");
rmSync(lib, { recursive: true, force: true });
for (const [target, source] of Object.entries(files)) {
  const to = join(lib, target);
  mkdirSync(dirname(to), { recursive: true });
  cpSync(join(root, "node_modules", source), to);
}
console.log(`copied ${Object.keys(files).length} front-end files to wwwroot/lib`);
