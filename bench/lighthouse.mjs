#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse's mobile performance score of the demo page, served as the
// demo serves it (demo/server.mjs: compressed, strict Content-Security-Policy), in this
// machine's headless Chromium. Lighthouse's default mobile setting: a mid-range phone's
// screen, a slow 4G connection and a CPU 4× slower, simulated from one trace per run.
//
// Not part of `npm test`: each run takes 20–40 s. Medians of LIGHTHOUSE_RUNS (3) runs; the
// run with the median score is the one whose metrics and findings are written to
// bench/results/lighthouse.json (LIGHTHOUSE_OUT to write elsewhere).
//
// The demo must not ask anything of another host: a request to anything but 127.0.0.1
// fails the run. The machine is shared, so its CPU is slower than Lighthouse expects (it
// says so in `warnings`, and `machine.loadavg` records how busy it was): blocking time is
// then overstated, not understated. "Failed to parse source map … reading 'sourceURL'" on
// the console is Lighthouse 12's own slip on some maps (fixed in later releases); it changes
// no metric.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumDisabledFeatures, chromiumPath } from '../scripts/chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const OUT = resolve(ROOT, process.env.LIGHTHOUSE_OUT ?? 'bench/results/lighthouse.json');
const PAGE = process.env.LIGHTHOUSE_PAGE ?? '/';
// Lighthouse's mobile setting slows the CPU 4× on top of the machine's own speed, which it
// assumes to be a fast desktop (its benchmarkIndex well over 1000). On a slower or busy machine
// Lighthouse's own advice is a smaller multiplier; LIGHTHOUSE_CPU_MULTIPLIER sets it, and the
// results say which was used. Unset: Lighthouse's default.
const CPU_MULTIPLIER = process.env.LIGHTHOUSE_CPU_MULTIPLIER ? Number(process.env.LIGHTHOUSE_CPU_MULTIPLIER) : undefined;
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
  'max-potential-fid',
];

/** Starts demo/server.mjs on a free port; resolves with its URL and a stop function. */
async function startDemo(signups) {
  const child = spawn(process.execPath, [join(ROOT, 'demo/server.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', BUURTKIT_SIGNUPS: signups },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolveUrl, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /buurtkit demo: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) resolveUrl(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`demo/server.mjs stopped (exit ${code}) before it listened`)));
  });
  return { url, stop: () => child.kill() };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** What one report says: the score, the metrics, and the audits that lost points. */
function summarize(lhr) {
  const audits = lhr.audits;
  const metrics = Object.fromEntries(
    METRICS.map((id) => [id, { value: Math.round(audits[id].numericValue * 1000) / 1000, unit: audits[id].numericUnit, score: audits[id].score, display: audits[id].displayValue }]),
  );
  const findings = Object.values(audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode))
    .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score, display: audit.displayValue ?? '' }));
  const requests = (audits['network-requests']?.details?.items ?? []).map((item) => ({
    url: item.url,
    resourceType: item.resourceType,
    transferSize: item.transferSize,
    resourceSize: item.resourceSize,
  }));
  const longTasks = (audits['long-tasks']?.details?.items ?? []).map((item) => ({ url: item.url, startTime: Math.round(item.startTime), duration: Math.round(item.duration) }));
  return { score: Math.round(lhr.categories.performance.score * 100), metrics, findings, requests, longTasks, benchmarkIndex: lhr.environment.benchmarkIndex, warnings: lhr.runWarnings };
}

async function main() {
  if (!existsSync(join(ROOT, 'dist/cdn/buurtkit.js'))) {
    console.error('dist/cdn/buurtkit.js is missing: run `npm run build` first (npm run lighthouse does).');
    process.exit(1);
  }
  const loadBefore = loadavg().map((value) => Math.round(value * 100) / 100);
  const temp = await mkdtemp(join(tmpdir(), 'buurtkit-lighthouse-'));
  const demo = await startDemo(join(temp, 'signups.jsonl'));
  const runs = [];
  let chrome;
  try {
    for (let run = 1; run <= RUNS; run++) {
      // A fresh browser per run: no cache, no stored feed, no service worker from the last one.
      chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: lighthouseChromeFlags(), ignoreDefaultFlags: true });
      const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
      if (CPU_MULTIPLIER !== undefined) flags.throttling = { cpuSlowdownMultiplier: CPU_MULTIPLIER };
      const result = await lighthouse(new URL(PAGE, demo.url).href, flags);
      await chrome.kill();
      chrome = undefined;
      if (!result?.lhr) throw new Error('Lighthouse returned no report');
      if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      const summary = summarize(result.lhr);
      const outside = summary.requests.filter((request) => !/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(request.url));
      if (outside.length) throw new Error(`The demo asked another host: ${outside.map((request) => request.url).join(', ')}`);
      console.log(
        `run ${run}/${RUNS}: performance ${summary.score}  ` +
          METRICS.map((id) => `${id.replace(/-/g, ' ')} ${summary.metrics[id].display ?? summary.metrics[id].value}`).join(' · '),
      );
      runs.push({ ...summary, lighthouseVersion: result.lhr.lighthouseVersion, userAgent: result.lhr.environment.hostUserAgent, throttling: result.lhr.configSettings.throttling });
    }
  } finally {
    if (chrome) await chrome.kill();
    demo.stop();
    await rm(temp, { recursive: true, force: true });
  }

  const scores = runs.map((run) => run.score);
  const middle = runs.find((run) => run.score === median(scores));
  const results = {
    date: new Date().toISOString(),
    page: PAGE,
    lighthouseVersion: middle.lighthouseVersion,
    browser: middle.userAgent,
    setting:
      CPU_MULTIPLIER === undefined
        ? 'Lighthouse default mobile: Moto G Power screen, slow 4G, CPU 4× slower (simulated)'
        : `Lighthouse mobile: Moto G Power screen, slow 4G, CPU ${CPU_MULTIPLIER}× slower (simulated; LIGHTHOUSE_CPU_MULTIPLIER)`,
    throttling: middle.throttling,
    // The machine's load when the runs ended: a busy shared machine makes every task longer.
    machine: { cpus: cpus().length, loadavgBefore: loadBefore, loadavgAfter: loadavg().map((value) => Math.round(value * 100) / 100) },
    runs: runs.length,
    scores,
    medianScore: median(scores),
    medianMetrics: Object.fromEntries(METRICS.map((id) => [id, median(runs.map((run) => run.metrics[id].value))])),
    medianRun: { score: middle.score, metrics: middle.metrics, findings: middle.findings, longTasks: middle.longTasks, requests: middle.requests, benchmarkIndex: middle.benchmarkIndex, warnings: middle.warnings },
  };
  const previous = existsSync(OUT) ? JSON.parse(await readFile(OUT, 'utf8')) : undefined;
  await writeFile(OUT, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nperformance (median of ${runs.length}): ${results.medianScore}${previous ? ` (before: ${previous.medianScore})` : ''}`);
  for (const finding of middle.findings) console.log(`  ${String(finding.score).padEnd(5)} ${finding.id} ${finding.display}`);
  console.log(`written to ${OUT}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * chrome-launcher's default flags and ours in one list. Both switch features off, and Chromium
 * reads only the last `--disable-features`, so the two lists become one.
 */
function lighthouseChromeFlags() {
  const isFeatureList = (flag) => flag.startsWith('--disable-features=');
  const all = [...chromeLauncher.Launcher.defaultFlags(), ...chromiumArgs];
  const features = all.filter(isFeatureList).flatMap((flag) => flag.slice('--disable-features='.length).split(','));
  return [...all.filter((flag) => !isFeatureList(flag)), `--disable-features=${[...new Set([...features, ...chromiumDisabledFeatures])].join(',')}`];
}
