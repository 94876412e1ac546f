#!/bin/sh
# Set-up for the auditors' page tests (test/e2e/audit-page.test.ts): Debian's Chromium,
# driven by puppeteer-core, and a CJK font so its screenshots show Chinese. From Debian's
# packages, not a browser download (none is reachable here, and the distribution's build
# gets its security updates). Idempotent: does nothing when both are there.
# scripts/ensure-deps.js runs it before `npm test` only when one of them is missing.
set -eu

have_chromium() { [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ] || { [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; }; }
have_cjk_font() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh family 2>/dev/null | head -n 1)" ]; }

if have_chromium && have_cjk_font; then exit 0; fi

sh "$(dirname "$0")/apt-install.sh" ensure-browser chromium fonts-noto-cjk fontconfig

if have_chromium && have_cjk_font; then exit 0; fi
echo "ensure-browser: installed the Debian packages, but Chromium or a CJK font is still missing" >&2
exit 1
