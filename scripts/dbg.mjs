import { chromium } from "playwright-core";
import { serve } from "./static-server.mjs";
import fs from "node:fs";
const GOALS = 500;
const nodes = Array.from({ length: GOALS }, (_, i) => ({
  id: `g${i}`, ...(i > 0 ? { parent: `g${Math.floor((i - 1) / 3)}` } : {}),
  name: `Goal ${i}`, side: ["marketing", "sales", "shared"][i % 3], period: "quarter",
  formula: 3 * i + 1 < GOALS ? "sum" : "manual",
  ...(3 * i + 1 < GOALS ? {} : { target: 100, actual: 50 + (i % 60) }),
}));
const roles = Array.from({ length: 12 }, (_, i) => ({ id: `r${i + 1}`, name: `Role ${i + 1}`, side: "sales" }));
const plan = { format: "six-rounds-plan", schema: 1, title: "Stress", language: "en", goals: { nodes },
  roles: { roles, activities: [] }, created: "2026-01-01T00:00:00Z", updated: "2026-01-01T00:00:00Z" };
const { address, close } = await serve(process.env.DIST ?? "dist");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, bypassCSP: true });
await context.addInitScript((text) => {
  if (!localStorage.getItem("six-rounds/library")) {
    localStorage.setItem("six-rounds/plan/pbench", text);
    localStorage.setItem("six-rounds/rev/pbench", "1");
    localStorage.setItem("six-rounds/library", JSON.stringify({ current: "pbench", plans: [{ id: "pbench", title: "S", updated: "2026-01-01T00:00:00Z" }] }));
  }
}, JSON.stringify(plan));
const page = await context.newPage();
page.on("console", (m) => { if (m.type() === "error") console.error(m.text().slice(0, 300)); });
await page.goto(`${address}#/round/3`);
await page.locator("#goal-actual-g499").waitFor();
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
console.log("elements", await page.evaluate(() => document.querySelectorAll("*").length));
const cdp = await context.newCDPSession(page);
await cdp.send("Performance.enable");
const m = async () => Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((x) => [x.name, x.value * 1000]));
const edit = (v) => page.evaluate((v) => new Promise((done) => {
  const input = document.getElementById("goal-actual-g499");
  input.value = String(v); const s = performance.now();
  input.dispatchEvent(new Event("change", { bubbles: true }));
  const t1 = performance.now();
  requestAnimationFrame(() => setTimeout(() => done([t1 - s, performance.now() - s]), 0));
}), v);
for (let i = 0; i < 3; i++) await edit(2000 + i);
if (process.env.MUT) {
  await page.evaluate(() => { window.muts = []; new MutationObserver((list) => { for (const m of list) window.muts.push(m.type + " " + (m.target.id || m.target.nodeName + "." + (m.target.className||"")) + " " + (m.attributeName||"") + " +" + m.addedNodes.length + " -" + m.removedNodes.length); }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true }); });
  await edit(1234);
  const muts = await page.evaluate(() => window.muts);
  const c = {}; for (const m of muts) c[m] = (c[m] ?? 0) + 1;
  console.log(muts.length); Object.entries(c).sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([k, v]) => console.log(v, k));
}
const a = await m();
const times = [];
if (process.env.PROFILE) { await cdp.send("Profiler.enable"); await cdp.send("Profiler.setSamplingInterval", { interval: 100 }); await cdp.send("Profiler.start"); }
if (process.env.TRACE) await browser.startTracing(page, { path: "/tmp/trace.json", categories: ["devtools.timeline", "blink", "disabled-by-default-devtools.timeline"] });
for (let i = 0; i < 16; i++) times.push(await edit(3000 + i * 7));
if (process.env.TRACE) await browser.stopTracing();
let profile;
if (process.env.PROFILE) profile = (await cdp.send("Profiler.stop")).profile;
const b = await m();
for (const k of ["TaskDuration", "ScriptDuration", "RecalcStyleDuration", "LayoutDuration"]) console.log(k, ((b[k] - a[k]) / 16).toFixed(1));
{ const f = times.map((t) => t[1]).sort((x, y) => x - y); console.log("to frame median", f[8].toFixed(0), "p95", f[15].toFixed(0)); }
if (profile) {
  const self = new Map(); const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas; profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); });
  [...self.entries()].sort((x, y) => y[1] - x[1]).slice(0, 40).forEach(([k, v]) => console.log(v.toFixed(1).padStart(8), k));
}
await browser.close(); await close();
