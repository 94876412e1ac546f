import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import puppeteer, { Browser, Page } from "puppeteer-core";

/** Where Debian puts its Chromium (scripts/ensure-browser.sh installs it); CHROMIUM_PATH overrides. */
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => !!p && fs.existsSync(p));
  if (!found) throw new Error(`no Chromium at ${CANDIDATES.join(" or ")}: run sh scripts/ensure-browser.sh (npm test runs it), or set CHROMIUM_PATH`);
  return found;
}

export interface TestBrowser {
  browser: Browser;
  /** A new tab at `width`×`height`, recording the URL of every request it makes. */
  open(width?: number, height?: number): Promise<{ page: Page; requests: string[] }>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium, headless, with exactly these flags and a fresh profile: nothing
 * of a previous run, no background requests of its own (updates, sync, field trials)
 * that would muddle the check that the page asks only its own server.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "policy-graph-chromium-"));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    ignoreDefaultArgs: true,
    pipe: true,
    // Waits in the tests may be long on a loaded machine; the protocol must outwait them.
    protocolTimeout: 600_000,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    async open(width = 1280, height = 900) {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on("request", (r) => void requests.push(r.url()));
      await page.setViewport({ width, height });
      return { page, requests };
    },
    async close() {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
