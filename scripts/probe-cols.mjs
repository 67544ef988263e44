import { chromium } from "playwright-core";
import { serve } from "./static-server.mjs";
const { address, close } = await serve("dist");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "ru-RU" });
await page.goto(`${address}#/plans`);
await page.locator("#plan-title").waitFor();
await page.locator(".plans-actions button").nth(1).click();
await page.goto(address + (process.argv[3] ?? "#/round/5"));
await page.locator("main h1").waitFor();
console.log(await page.evaluate((sel) => {
  const t = document.querySelector(sel);
  const box = t.parentElement;
  const ths = [...t.querySelectorAll("thead th")].map((th) => Math.round(th.getBoundingClientRect().width));
  const cells = [...t.querySelectorAll("tbody tr:first-child > *")].map((c) => [Math.round(c.scrollWidth), c.className]);
  return { table: t.scrollWidth, box: box.clientWidth, ths, cells };
}, process.argv[2] ?? ".tracking"));
await browser.close(); await close();
