#!/usr/bin/env node
// The studio's size (dist/studio): what dist/studio/index.html loads before the editor can
// start — the page, studio.css, studio.js and every chunk it imports statically (gzip).
// Chunks loaded later (the map's Leaflet, the check Worker for big feeds) are listed apart.
// Adds a `studio` entry to dist/size.json (written by scripts/size.mjs) and fails the build
// past its budget.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chunkGraph, KB, kb } from './chunk-graph.mjs';

const DIR = 'dist/studio';
// The studio is a tool page for editors, opened now and then on a desktop or laptop; it
// carries the three elements and every section. Measured Nov 2026 at ~122 KB with all sections; this budget stops
// unnoticed growth, not the page from working.
const BUDGET = 150 * KB;

const graph = chunkGraph(DIR);
const { chunks } = graph;

const initial = ['index.html', 'studio.css', ...graph.staticClosure('studio.js')];
const later = Object.keys(chunks).filter((file) => !initial.includes(file));
if (!chunks['check-worker.js']) throw new Error('dist/studio has no check-worker.js');
const files = Object.fromEntries([...initial, ...later].map((file) => [file, graph.size(file)]));
const total = initial.reduce((sum, file) => sum + files[file].gzip, 0);

console.log('\nbuurtkit studio (dist/studio)');
for (const file of initial) console.log(`  ${file.padEnd(32)} ${kb(files[file].bytes).padStart(9)}  ${kb(files[file].gzip).padStart(8)} gzip`);
console.log(`  ${total > BUDGET ? 'OVER' : 'ok  '}  what index.html loads: ${kb(total)} gzip of ${kb(BUDGET)} budget`);
for (const file of later) console.log(`  later: ${file.padEnd(25)} ${kb(files[file].bytes).padStart(9)}  ${kb(files[file].gzip).padStart(8)} gzip`);
console.log('');

const sizeFile = 'dist/size.json';
const size = existsSync(sizeFile) ? JSON.parse(readFileSync(sizeFile, 'utf8')) : {};
size.studio = { gzip: total, budget: BUDGET, files: initial, later, sizes: files };
writeFileSync(sizeFile, JSON.stringify(size, null, 2));

if (total > BUDGET) {
  console.error(`Size budget exceeded: the studio loads ${kb(total)} gzip, over ${kb(BUDGET)}.`);
  process.exit(1);
}
