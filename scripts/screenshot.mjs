// Screenshots of the built app (dist/) with the example plan loaded, for review and the README.
// Usage: [FULL=1] [AT=selector] node scripts/screenshot.mjs OUT_DIR [en|ru] [WIDTHxHEIGHT] [route ...]
import { mkdir } from "node:fs/promises";
import { chromium } from "playwright-core";
import { serve } from "./static-server.mjs";

const [out = "screenshots", lang = "en", size = "1600x900", ...routes] = process.argv.slice(2);
const [width, height] = size.split("x").map(Number);
const hashes = routes.length ? routes : ["#/round/1", "#/share", "#/plans", "#/decision"];

await mkdir(out, { recursive: true });
const { address, close } = await serve("dist");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width, height }, locale: lang === "ru" ? "ru-RU" : "en-US" });
await page.goto(`${address}#/plans`);
await page.locator("#plan-title").waitFor();
await page.locator(".plans-actions button").nth(1).click();
await page.locator(".notice-dismiss").click();
for (const hash of hashes) {
  await page.goto(address + hash);
  await page.locator("main h1").waitFor();
  // AT=selector: scroll that element to the top first (a section further down the page).
  if (process.env.AT) {
    await page.evaluate((at) => document.querySelector(at)?.scrollIntoView(), process.env.AT);
    await page.waitForTimeout(300);
  }
  const name = `${out}/${lang}-${hash.replace(/[#/]+/g, "-").replace(/^-|-$/g, "")}.png`;
  await page.screenshot({ path: name, fullPage: process.env.FULL === "1" });
  console.log(name);
}
await browser.close();
await close();
