// Benchmark: builds nothing; runs the built app (dist/) in headless Chromium and prints
// figures, then the domain's native figures (cargo's bench example), and writes them all to
// BENCHMARKS.md with the machine and the date. Each figure is a median (and p95) of repeated
// runs; never a pass/fail test.
// Usage: node scripts/bench.mjs (after scripts/build.sh)
import { execFileSync } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import zlib, { brotliCompressSync, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serve } from "./static-server.mjs";

const ROLES = 12;
const CRITERIA = 30;
const PLAN_CRITERIA = 60;
const MONTHS = 24;
const ACTIONS = 200;
const LEADS = 10_000;
const ACTIVITIES = 100;
const GOALS = 500;
const DEALS = 10_000;
const TOUCHES = 8;
const CAMPAIGNS = 40;
const STAGES = ["attract", "capture", "qualify", "hand-off", "nurture", "sell", "close", "recycle", "report"];
const LETTERS = ["", "R", "A", "RA", "C", "I"];

/** Issue #10's stress plan, built here (not stored): 100 activities x 12 roles, 60 lead
 * criteria, a 500-goal tree, 24 months of SLA actuals, 10,000 deals x 8 touches over 40
 * campaigns, 200 action items. */
function stressPlan() {
  const roles = Array.from({ length: ROLES }, (_, i) => ({
    id: `r${i + 1}`, name: `Role ${i + 1}`, side: ["marketing", "sales", "shared"][i % 3], hourly_rate: 40 + i,
  }));
  const activities = Array.from({ length: ACTIVITIES }, (_, i) => ({
    id: `a${i + 1}`,
    name: `Activity ${i + 1}`,
    stage: STAGES[i % STAGES.length],
    hours: 5 + (i % 20),
    raci: Object.fromEntries(
      roles.map((role, j) => [role.id, LETTERS[(i * 7 + j * 3) % LETTERS.length]]).filter(([, l]) => l),
    ),
  }));
  // The back-test's CSV has columns for the first 30; the other 30 look at fields it lacks.
  const criteria = Array.from({ length: PLAN_CRITERIA }, (_, i) => ({
    id: `c${i + 1}`,
    group: i % 2 ? "engagement" : "fit",
    field: `f${i}`,
    operator: i % 3 ? "range" : "within-days",
    value: i % 3 ? "50-100" : "30",
    points: 5 + i,
  }));
  // A 500-goal tree: each goal has up to three children; the inner ones sum them.
  const nodes = Array.from({ length: GOALS }, (_, i) => ({
    id: `g${i}`,
    ...(i > 0 ? { parent: `g${Math.floor((i - 1) / 3)}` } : {}),
    name: `Goal ${i}`,
    side: ["marketing", "sales", "shared"][i % 3],
    period: "quarter",
    formula: 3 * i + 1 < GOALS ? "sum" : "manual",
    ...(3 * i + 1 < GOALS ? {} : { target: 100, actual: 50 + (i % 60) }),
  }));
  const day = (n) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const campaigns = Array.from({ length: CAMPAIGNS }, (_, i) => ({
    id: `k${i + 1}`, name: `Campaign ${i}`, channel: ["email", "paid", "events", "content"][i % 4], cost: 1000 + i * 250,
  }));
  const deals = Array.from({ length: DEALS }, (_, deal) => ({
    id: `d${deal + 1}`, name: `Deal ${deal}`, amount: 5000 + (deal % 40) * 1000, close_date: day(120 + (deal % 60)),
    touches: Array.from({ length: TOUCHES }, (_, touch) => ({
      campaign: `k${((deal + touch * 3) % CAMPAIGNS) + 1}`, date: day((deal * 7 + touch * 13) % 120),
    })),
  }));
  const actuals = Array.from({ length: MONTHS }, (_, i) => ({
    month: new Date(Date.UTC(2025, i, 1)).toISOString().slice(0, 10),
    mqls_delivered: 900 + i * 10, accepted: 800 + i * 9, worked_within_sla: 700 + i * 8, closed: 20 + i,
  }));
  const actions = Array.from({ length: ACTIONS }, (_, i) => ({
    id: `t${i + 1}`, text: `Action item ${i + 1}`, owner: `r${(i % ROLES) + 1}`, due: day(i), ...(i % 3 ? {} : { done: true }),
  }));
  return {
    format: "six-rounds-plan", schema: 1, title: "Stress plan", language: "en",
    goals: { nodes },
    integration: { campaigns, deals, half_life_days: 7 },
    sla: { actuals },
    cadence: { actions },
    created: "2026-01-01T00:00:00Z", updated: "2026-01-01T00:00:00Z",
    roles: { roles, activities, overload_threshold: 8 },
    lead: { criteria, mql_threshold: 150, sql_threshold: 250, handoff: { accept_within_hours: 24, recycle_after_days: 90 } },
  };
}

/** Prints a label with the median and p95 of its samples, in milliseconds. */
function report(label, samples) {
  const { median, p95, n } = stats(samples);
  console.log(`${label.padEnd(50)} median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (n=${n})`);
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), n: sorted.length };
}

// Every printed figure is also kept for BENCHMARKS.md.
const printed = [];
const print = console.log;
console.log = (line) => {
  printed.push(line);
  print(line);
};

/** What a first load of `dir` transfers: every file, gzipped (level 9) as a server would;
 * brotli (quality 11) too, as hosts that precompress serve it. */
async function bytesOverTheWire(dir, label) {
  const names = (await readdir(dir)).filter((name) => !name.startsWith("_"));
  let raw = 0;
  let gzipped = 0;
  let brotli = 0;
  const rows = [];
  for (const name of names) {
    const bytes = await readFile(`${dir}/${name}`);
    const packed = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzipped += packed;
    brotli += brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    rows.push(`${name.replace(/-[0-9a-f]{8,16}(?=[._])/, "")} ${(packed / 1024).toFixed(0)} KB`);
  }
  console.log(`${label.padEnd(50)} ${(gzipped / 1024).toFixed(0)} KB (${(raw / 1024).toFixed(0)} KB raw, ${(brotli / 1024).toFixed(0)} KB brotli): ${rows.join(", ")}`);
}
await bytesOverTheWire("dist", "First load over the wire (gzip, all files)");

/** This machine's speed now, to compare runs: a shared VM's speed swings by up to 2x between
 * runs, and every timed figure below moves with it. */
function calibration() {
  const plan = stressPlan();
  const samples = Array.from({ length: 7 }, () => {
    const start = performance.now();
    JSON.parse(JSON.stringify(plan));
    return performance.now() - start;
  }).sort((a, b) => a - b);
  console.log(`${"Machine speed: the stress plan to JSON and back in Node (lower is faster)".padEnd(50)} median ${samples[3].toFixed(0)} ms`);
}
calibration();

/** The size floor: scripts/leptos-floor, the smallest Leptos app worth the name, built as the
 * app is. It shares target/ with the app, so only its own crate compiles. */
const FLOOR_DIST = "target/leptos-floor-dist";
try {
  execFileSync("trunk", ["build", "--release", "--offline", "--dist", `../../${FLOOR_DIST}`], {
    cwd: "scripts/leptos-floor",
    stdio: "ignore",
    env: {
      ...process.env,
      CARGO_TARGET_DIR: "../../target",
      PATH: `${os.homedir()}/.cargo/bin:${process.cwd()}/node_modules/.bin:${process.env.PATH}`,
    },
  });
  await bytesOverTheWire(FLOOR_DIST, "Size floor: a minimal Leptos 0.8 app built alike (scripts/leptos-floor)");
} catch (error) {
  console.log(`${"Size floor: a minimal Leptos 0.8 app built alike".padEnd(50)} not built: ${error.message.split("\n")[0]}`);
}

const { address, close } = await serve("dist");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
// First load of the example plan to an interactive page: from navigation to the plan's title
// in its field and the round's first control focusable, in a fresh tab each time, before
// the stress plan's pages load the browser.
const loadContext = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
const seed = await loadContext.newPage();
await seed.goto(`${address}#/plans`);
await seed.getByRole("button", { name: "Load the example plan" }).first().click();
await seed.locator('.save-status[data-status="saved"]').waitFor();
await seed.close();
await loadContext.addInitScript(() => {
  const ready = () => {
    const title = document.getElementById("plan-title");
    if (title?.value && document.querySelector("main h1")) {
      window.interactiveAt = performance.now();
    } else {
      requestAnimationFrame(ready);
    }
  };
  requestAnimationFrame(ready);
});
const loads = [];
for (let run = 0; run < 9; run += 1) {
  const tab = await loadContext.newPage();
  await tab.goto(`${address}#/round/1`);
  await tab.waitForFunction(() => window.interactiveAt !== undefined);
  loads.push(await tab.evaluate(() => window.interactiveAt));
  await tab.close();
}
report("First load of the example plan to interactive (local server)", loads);
await loadContext.close();

const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
const plan = stressPlan();
await context.addInitScript((text) => {
  if (!localStorage.getItem("six-rounds/library")) {
    localStorage.setItem("six-rounds/plan/pbench", text);
    localStorage.setItem("six-rounds/rev/pbench", "1");
    localStorage.setItem("six-rounds/library", JSON.stringify({
      current: "pbench", plans: [{ id: "pbench", title: "Stress plan", updated: "2026-01-01T00:00:00Z" }],
    }));
  }
}, JSON.stringify(plan));
const page = await context.newPage();
page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
page.on("crash", () => console.error("the page crashed"));
page.on("console", (message) => {
  if (message.type() === "error") console.error(`console: ${message.text().slice(0, 500)}`);
});
await page.goto(`${address}#/round/1`);
await page.locator("#cell-a100-r12").waitFor();

// Two figures per action. "busy": the main thread's time (script, style, layout) per
// keystroke, from Chromium's own counters (CDP Performance.getMetrics) over all presses.
// "to next frame": from the keydown to just after the next frame is painted, which also
// includes waiting for that frame (up to 16.7 ms at 60 Hz even for a key that does nothing).
const cdp = await context.newCDPSession(page);
await cdp.send("Performance.enable");
const busyMs = async () => {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const value = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    total: value("TaskDuration"),
    script: value("ScriptDuration"),
    style: value("RecalcStyleDuration"),
    layout: value("LayoutDuration"),
  };
};
await page.evaluate(() => {
  window.frames = [];
  document.addEventListener("keydown", () => {
    const start = performance.now();
    requestAnimationFrame(() => setTimeout(() => window.frames.push(performance.now() - start), 0));
  }, true);
});
const PRESSES = 40;
const measure = async (label, act) => {
  await page.evaluate(() => { window.frames = []; });
  await page.waitForTimeout(400);
  const before = await busyMs();
  await act();
  await page.waitForTimeout(400);
  const after = await busyMs();
  const per = (key) => ((after[key] - before[key]) / PRESSES).toFixed(1);
  const frame = stats(await page.evaluate(() => window.frames));
  console.log(
    `${label.padEnd(50)} busy ${per("total")} ms/key (script ${per("script")}, style ${per("style")}, layout ${per("layout")}) | ` +
      `to next frame median ${frame.median.toFixed(1)} ms, p95 ${frame.p95.toFixed(1)} ms (n=${frame.n})`,
  );
};

await measure(`RACI ${ACTIVITIES}x${ROLES}: a key that does nothing (baseline)`, async () => {
  await page.locator("#cell-a50-r6").focus();
  for (let i = 0; i < PRESSES; i += 1) {
    await page.keyboard.press("x");
  }
});
await measure(`RACI ${ACTIVITIES}x${ROLES}: letter typed in a cell`, async () => {
  await page.locator("#cell-a50-r6").focus();
  for (let i = 0; i < PRESSES; i += 1) {
    await page.keyboard.press(i % 2 ? "c" : "i");
  }
});
await measure(`RACI ${ACTIVITIES}x${ROLES}: arrow key between cells`, async () => {
  await page.locator("#cell-a50-r6").focus();
  for (let i = 0; i < PRESSES; i += 1) {
    await page.keyboard.press(i % 4 < 2 ? "ArrowRight" : "ArrowLeft");
  }
});
await measure(`RACI ${ACTIVITIES}x${ROLES}: character typed in an activity name`, async () => {
  await page.locator("#activity-name-a50").focus();
  for (let i = 0; i < PRESSES; i += 1) {
    await page.keyboard.press(i % 2 ? "Backspace" : "x");
  }
});

// Back-test: 10,000 past leads against 30 criteria, from the click to the table drawn.
const leadsCsv = (() => {
  const header = [...Array.from({ length: CRITERIA }, (_, i) => `f${i}`), "outcome"].join(",");
  const day = (n) => new Date(Date.now() - (n % 40) * 86_400_000).toISOString().slice(0, 10);
  const rows = Array.from({ length: LEADS }, (_, n) =>
    [...Array.from({ length: CRITERIA }, (_, i) => (i % 3 ? String((n * 7 + i * 13) % 120) : day(n + i))),
      n % 3 ? "lost" : "won"].join(","));
  return [header, ...rows].join("\n");
})();
await page.close();
const page2 = await context.newPage();
page2.on("crash", () => console.error("the page crashed"));
await page2.goto(`${address}#/round/2`);
await page2.locator("#leads-paste").waitFor();
const backtestRuns = [];
const csvLines = leadsCsv.split("\n");
for (let run = 0; run < 5; run += 1) {
  // Each run drops one more lead, so its result can be told from the last one's.
  const count = LEADS - run;
  const text = csvLines.slice(0, count + 1).join("\n");
  const elapsed = await page2.evaluate(({ text, count }) => new Promise((done) => {
    const area = document.getElementById("leads-paste");
    area.value = text;
    area.dispatchEvent(new Event("input", { bubbles: true }));
    const button = [...document.querySelectorAll("button")].find((b) => /Back-test the pasted/.test(b.textContent));
    const section = document.getElementById("backtest-heading").closest("section");
    const start = performance.now();
    button.click();
    const wait = () => {
      if (section.textContent.includes(`${count} past leads scored`)) {
        requestAnimationFrame(() => done(performance.now() - start));
      } else if (performance.now() - start > 30_000) {
        done(`no result: ${section.textContent.slice(-300)}`);
      } else {
        requestAnimationFrame(wait);
      }
    };
    wait();
  }), { text, count });
  if (typeof elapsed === "string") throw new Error(elapsed);
  backtestRuns.push(elapsed);
}
report(`Back-test ${LEADS} leads x ${PLAN_CRITERIA} criteria, ${CRITERIA} in the CSV (parse + score + draw)`, backtestRuns);

/** Types `value` into a number field (a change event) and resolves with the milliseconds until
 * the text of `watched` changed and the next frame came. */
function changeToFrame(page, inputId, value, watched) {
  return page.evaluate(({ inputId, value, watched }) => new Promise((done) => {
    const input = document.getElementById(inputId);
    // textContent, not innerText: reading must not force a layout of its own.
    const shown = () => document.querySelector(watched)?.textContent;
    const before = shown();
    input.value = String(value);
    const start = performance.now();
    input.dispatchEvent(new Event("change", { bubbles: true }));
    const wait = () => {
      if (shown() !== before) {
        requestAnimationFrame(() => done(performance.now() - start));
      } else if (performance.now() - start > 30_000) {
        done(`${watched} did not change`);
      } else {
        requestAnimationFrame(wait);
      }
    };
    wait();
  }), { inputId, value, watched });
}

/** Nine edits, each timed by `changeToFrame`, printed as one line. */
async function timeEdits(label, page, inputId, valueOf, watched) {
  const runs = [];
  for (let run = 0; run < 9; run += 1) {
    const elapsed = await changeToFrame(page, inputId, valueOf(run), watched);
    if (typeof elapsed === "string") throw new Error(`${elapsed} (run ${run})`);
    runs.push(elapsed);
  }
  report(label, runs);
}

// With the leads loaded: a criterion's points typed, every lead re-scored, the table redrawn.
// The points alternately drop many leads below the MQL line and back.
await timeEdits("Back-test re-run after a criterion edit", page2, "criterion-points-c2",
  (run) => (run % 2 ? 6 : -1000), "table.backtest");

// Goals: an actual typed into a 500-goal tree, every sum recomputed, scorecards and chart redrawn.
// "to frame": until the scorecard shows the new figure, painted. The chart is drawn in a task
// of its own after that frame; "busy" counts it, with everything else the edit costs.
const page3 = await context.newPage();
await page3.goto(`${address}#/round/3`);
await page3.locator("#goal-actual-g499").waitFor();
const cdp3 = await context.newCDPSession(page3);
await cdp3.send("Performance.enable");
const taskMs = async () => (await cdp3.send("Performance.getMetrics")).metrics
  .find((m) => m.name === "TaskDuration").value * 1000;
const busyBefore = await taskMs();
await timeEdits(`Goals ${GOALS}: an actual edited, scorecard painted`, page3, "goal-actual-g499",
  (run) => 1000 + run * 1000, "#scorecard-marketing tbody tr");
await page3.waitForTimeout(300);
console.log(`${`Goals ${GOALS}: main-thread busy per edit (with the chart)`.padEnd(50)} ${((await taskMs() - busyBefore) / 9).toFixed(0)} ms`);

// Attribution: 10,000 deals x 8 touches pasted as CSV, all six models, the table and chart.
const campaignsCsv = ["campaign,channel,cost",
  ...Array.from({ length: CAMPAIGNS }, (_, i) => `Campaign ${i},channel ${i % 5},${1000 + i * 250}`)].join("\n");
const dealsCsv = (count) => {
  const lines = ["deal,amount,close_date,campaign,touch_date"];
  const day = (n) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  for (let deal = 0; deal < count; deal += 1) {
    const close = day(120 + (deal % 60));
    for (let touch = 0; touch < TOUCHES; touch += 1) {
      lines.push(`Deal ${deal},${5000 + (deal % 40) * 1000},${close},Campaign ${(deal + touch * 3) % CAMPAIGNS},${day((deal * 7 + touch * 13) % 120)}`);
    }
  }
  return lines.join("\n");
};
const page4 = await context.newPage();
page4.on("crash", () => console.error("the page crashed"));
page4.on("pageerror", (error) => console.error(`page error: ${error.message}`));
await page4.goto(`${address}#/round/4`);
await page4.locator("#campaigns-csv-paste").waitFor({ state: "attached" });
/** Pastes `text` into a FileOrPaste box and resolves with the milliseconds until `expected`
 * shows in the deals summary and the next frame came. */
const pasteToFrame = (id, button, text, expected) => page4.evaluate(({ id, button, text, expected }) => new Promise((done) => {
  const area = document.getElementById(`${id}-paste`);
  area.value = text;
  area.dispatchEvent(new Event("input", { bubbles: true }));
  const click = [...document.querySelectorAll("button")].find((b) => b.textContent === button);
  const summary = document.querySelector("[data-testid=deals-summary]");
  let start;
  const wait = () => {
    if (summary.textContent.startsWith(expected)) {
      requestAnimationFrame(() => done(performance.now() - start));
    } else if (performance.now() - start > 60_000) {
      done(`no result: ${summary.textContent}`);
    } else {
      requestAnimationFrame(wait);
    }
  };
  // Timed from the click: laying out megabytes of pasted text is the browser's, not ours.
  requestAnimationFrame(() => requestAnimationFrame(() => {
    start = performance.now();
    click.click();
    wait();
  }));
}), { id, button, text, expected });
await pasteToFrame("campaigns-csv", "Bring in the campaigns", campaignsCsv, `${DEALS.toLocaleString("en-US")} deals`);
const lastSave = () => page4.evaluate(() => performance.getEntriesByName("six-rounds: autosave").at(-1).duration);
const importRuns = [];
const dealSaves = [];
for (let run = 0; run < 3; run += 1) {
  const count = DEALS - 1 - run;
  const elapsed = await pasteToFrame("deals-csv", "Bring in the deals", dealsCsv(count), `${count.toLocaleString("en-US")} deals`);
  if (typeof elapsed === "string") throw new Error(elapsed);
  importRuns.push(elapsed);
  await page4.locator('.save-status[data-status="saved"]').waitFor();
  dealSaves.push(await lastSave());
}
report(`Attribution: ${DEALS} deals x ${TOUCHES} touches pasted, from the click (parse + 6 models + draw)`, importRuns);
await timeEdits(`Attribution ${DEALS}x${TOUCHES}: half-life edited (6 models + table)`, page4, "half-life",
  (run) => 5 + run, "table.attribution tbody");
const cdp4 = await context.newCDPSession(page4);
await cdp4.send("Performance.enable");
const busy4 = async () => (await cdp4.send("Performance.getMetrics")).metrics
  .find((m) => m.name === "TaskDuration").value * 1000;
await page4.locator("#campaign-channel-k1").focus();
const typingStart = await busy4();
for (let i = 0; i < 20; i += 1) await page4.keyboard.press(i % 2 ? "Backspace" : "x");
await page4.waitForTimeout(500);
console.log(`${`Attribution ${DEALS}x${TOUCHES}: busy per key typed in a channel`.padEnd(50)} ${((await busy4() - typingStart) / 20).toFixed(0)} ms`);
const stored = await page4.evaluate(() => ({
  status: document.querySelector(".save-status")?.dataset.status,
  chars: Object.values(localStorage).reduce((sum, value) => sum + value.length, 0),
}));
console.log(`${"Attribution: the plan in localStorage".padEnd(50)} ${(stored.chars / 1e6).toFixed(2)} M characters, save status "${stored.status}"`);

// Autosave of the stress plan (every round; the 10,000 deals live under their own key and
// are rewritten only when they change): the app's own User Timing measure around serialize +
// write, one per edit.
const saves = [];
for (let run = 0; run < 9; run += 1) {
  await page4.locator("#campaign-channel-k1").focus();
  await page4.keyboard.press(run % 2 ? "Backspace" : "x");
  await page4.locator('.save-status[data-status="saved"]').waitFor();
  await page4.waitForTimeout(100);
  saves.push(await lastSave());
}
const planChars = await page4.evaluate(() => Object.entries(localStorage)
  .filter(([key]) => key.startsWith("six-rounds/plan/")).reduce((sum, [, value]) => sum + value.length, 0));
report(`Autosave of the stress plan after an edit (serialize + write ${(planChars / 1e6).toFixed(2)} M chars; the deals, unchanged, are not rewritten)`, saves);
report(`Autosave after new deals were pasted (also writes the deals, ${(stored.chars / 1e6).toFixed(1)} M chars in all)`, dealSaves);


const chromiumVersion = browser.version();
await browser.close();
await close();

// The domain's figures, natively, in the same table.
const native = execFileSync("cargo", ["run", "--quiet", "--release", "-p", "six-rounds-plan", "--example", "bench"],
  { encoding: "utf8" });
for (const line of native.trim().split("\n")) console.log(line);

/** The budgets of issue #10, by the start of a figure's label. */
const BUDGETS = [
  ["First load over the wire", "≤ 250 KB"],
  ["First load of the example plan", "≤ 300 ms median"],
  ["Autosave of the stress plan", "≤ 10 ms"],
  ["RACI", "≤ 16 ms p95 to the next frame"],
  ["Back-test", "≤ 50 ms"],
  ["Attribution 10000x8: half-life", "≤ 50 ms"],
  ["Share link of the example", "≤ 2,000 chars; ≤ 0.7x the baseline"],
];
const rows = printed.map((line) => {
  // The label ends at its padding, or where the first figure starts.
  const parts = line.match(/^(.*?)(?: {2,}| (?=median |#z= |\d[\d.,]* (?:ms|KB|M characters)))(.*)$/);
  const [figure, measured] = parts ? [parts[1].trim(), parts[2].trim()] : [line, ""];
  const budget = BUDGETS.find(([prefix]) => figure.startsWith(prefix))?.[1] ?? "";
  const cell = (text) => text.replaceAll("|", "\\|");
  return `| ${cell(figure)} | ${cell(measured)} | ${budget} |`;
});
/** Path segments of the standard library (its crates and modules), skipped to find a crate. */
const STD_PATHS = new Set(["core", "alloc", "std", "_", "slice", "ops", "ptr", "vec", "fmt", "iter",
  "collections", "sync", "str", "string", "cell", "rc", "boxed", "option", "result", "mem", "hash",
  "cmp", "convert", "num", "char", "any", "marker", "borrow", "array", "panicking", "io", "btree",
  "map", "adapters", "traits", "raw_vec", "function", "clone", "default", "future", "pin", "task",
  "panic", "builders", "float", "intrinsics", "sort", "stable", "unstable", "hashbrown", "raw", "call_once", "call_mut", "reserve_rehash",
  "quicksort", "smallsort", "heapsort", "shared", "select", "merge", "drift"]);

/** The app's view modules by round, for the size table. */
const ROUND_VIEWS = { roles: 1, lead: 2, goals: 3, integration: 4, sla: 5, cadence: 6 };

/** Where a symbol's bytes belong: a generic instantiated for the app's own code (its path
 * anywhere in the name) counts as the app's; the rest by its first crate-like path segment. */
function areaOf(name) {
  const view = name.match(/six_rounds::components::([a-z_]+)/);
  if (view) {
    const round = ROUND_VIEWS[view[1]];
    return round ? `app: round ${round} views` : "app: other views (plans, share, decision, agreement, facilitator)";
  }
  if (/six_rounds::/.test(name)) return "app: glue (state, storage, i18n, charts, files)";
  if (/six_rounds_plan::/.test(name)) return "domain (six_rounds_plan)";
  if (name.startsWith("data segment")) return "data (.rodata: strings of both languages, tables)";
  return (name.match(/(?<![A-Za-z0-9_])[a-z_][a-z0-9_]*(?=::)/g) ?? []).find((seg) => !STD_PATHS.has(seg)) ?? "core, alloc, std";
}

/** The release wasm's contributors before wasm-opt, from twiggy (when it is installed:
 * `cargo install twiggy`), by area: the app's views by round, its glue, the domain, each
 * other crate. */
function sizeByArea() {
  let csv;
  try {
    csv = execFileSync("twiggy", ["top", "-n", "100000", "--format", "csv",
      "target/wasm32-unknown-unknown/release/six-rounds.wasm"], { encoding: "utf8", maxBuffer: 1 << 28 });
  } catch {
    return ["(twiggy is not installed: `cargo install twiggy` adds the table of contributors.)"];
  }
  const totals = new Map();
  for (const line of csv.trim().split("\n").slice(1)) {
    const fields = line.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g).map((f) => f.replace(/,$/, "").replace(/^"|"$/g, ""));
    const [name, size] = [fields[0], Number(fields[1])];
    if (name.includes("function names") || name.includes("custom section")) continue;
    const area = areaOf(name);
    totals.set(area, (totals.get(area) ?? 0) + size);
  }
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  return [
    `What the release wasm holds before wasm-opt (twiggy; ${(all / 1024).toFixed(0)} KB of code and data), by area: ` +
      "a generic instantiated for the app's own code counts as the app's.",
    "",
    "| area | KB |",
    "|---|---|",
    ...[...totals].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([area, size]) => `| ${area} | ${(size / 1024).toFixed(0)} |`),
  ];
}

const cpu = os.cpus();
await writeFile("BENCHMARKS.md", [
  "# Benchmarks",
  "",
  `Written by \`node scripts/bench.mjs\` on ${new Date().toISOString().slice(0, 10)}: ${cpu.length} × ${cpu[0]?.model.trim()}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, headless Chromium ${chromiumVersion} without GPU, ` +
    `the release build in dist/. Medians of repeated runs; budgets from issue #10. A shared VM's speed varies from run to run ` +
    `(the same native figure has measured 8 and 15 ms on consecutive runs): compare figures within one run.`,
  "",
  "| figure | measured | budget |",
  "|---|---|---|",
  ...rows,
  "",
  "## Size",
  "",
  ...sizeByArea(),
  "",
  "What was cut, largest first: the tz database (chrono-tz) gave way to the browser's own zone rules " +
    "(`Intl`): 858 KB to 716 KB gzip; Leptos's `erase_components`: 1,048 KB to 868 KB; the release profile " +
    "builds with `opt-level = \"z\"`, LTO and one codegen unit, and wasm-opt runs at `-Oz`. `cargo tree -d` " +
    "shows no second copy of a large crate. Most of what is left is Leptos (tachys, reactive_graph, leptos) " +
    "and the app's own views.",
  "",
  "Why 250 KB is out of reach in one file: the size floor above (a minimal Leptos app built alike) is " +
    "about a fifth of the budget, and the rest grows with the app: six rounds of views and the framework " +
    "and standard-library code they instantiate. The cut that would meet the budget is loading each round's " +
    "code when it is opened; Leptos's `#[lazy]` splitting needs cargo-leptos's `--split`, and Trunk cannot " +
    "split a wasm (trunk-rs/trunk#1022, open).",
  "",
].join("\n"));
print("Wrote BENCHMARKS.md");
