#!/usr/bin/env node
// Runs before `npm start` and `npm test`: on a fresh clone (or after package-lock.json
// changed) it installs the exact locked dependencies, so the two commands work alone.
// `npm install` rather than `npm ci`: the lock holds no entries for other platforms'
// optional binaries (the registry here serves only Linux ones), which `npm ci` refuses;
// `npm install` still installs exactly the locked versions and leaves the lock as it is.
// Plain JavaScript with no dependencies, since it runs before any are installed.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const lock = path.join(root, "package-lock.json");
const installed = path.join(root, "node_modules", ".package-lock.json");

const stale = !fs.existsSync(installed) || fs.statSync(lock).mtimeMs > fs.statSync(installed).mtimeMs;
if (stale) {
  console.error("[policy-graph] installing the locked dependencies (npm install)…");
  const r = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    console.error("[policy-graph] npm install failed; see the output above");
    process.exit(r.status || 1);
  }
}

// The document-format tests print the seeds into PDFs with a CJK font from Debian's
// packages; only `npm test` needs it, and only a machine without it installs it.
const CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
if (process.env.npm_lifecycle_event === "pretest" && !fs.existsSync(CJK_FONT)) {
  const r = spawnSync("sh", [path.join(root, "scripts", "ensure-cjk-font.sh")], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) {
    console.error("[policy-graph] could not install the CJK font the format tests need (scripts/ensure-cjk-font.sh); see the output above");
    process.exit(r.status || 1);
  }
}

// Before `npm test` (not `npm start`: the service needs no browser): Debian's Chromium and
// a CJK font for the auditors' page tests, installed by scripts/ensure-browser.sh only
// when one of them is missing.
if (process.env.npm_lifecycle_event === "pretest" && !(hasChromium() && hasCjkFont())) {
  const r = spawnSync("sh", [path.join(root, "scripts", "ensure-browser.sh")], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    console.error("[policy-graph] could not install Chromium and a CJK font for the browser tests; see the output above");
    process.exit(r.status || 1);
  }
}

function hasChromium() {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].some((p) => p && fs.existsSync(p));
}

function hasCjkFont() {
  const r = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim().length > 0;
}
