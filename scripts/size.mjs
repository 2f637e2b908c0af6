#!/usr/bin/env node
// Size budgets for the script-tag build, per kind of page: what a page with only a guide,
// only a sign-up form, only a map, or all three loads (gzip), found from the chunk graph
// Rollup wrote (chunks.json: which chunk imports which; preload.json: the chunks the
// autoloader fetches for each element). Fails the build when a page passes its budget.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chunkGraph, KB, kb } from './chunk-graph.mjs';

const CDN = 'dist/cdn';
const ENTRY = 'buurtkit.js';
const MESSAGES = 'src/feed/messages-nl.ts';
const HOURS = 'src/feed/hours.ts';
const DELIVERY = 'src/components/signup/delivery.ts';
// Issue 10 asks 25 KB for a guide-only and for a sign-up-only page. They load 37.0 and 36.5 KB
// (gzip, each file on its own, Nov 2026): buurtkit.js 4.8 KB (the autoloader 1.2, the feed's
// fetch 1.6, cache 0.9, source detection 0.7, the translation registry with the shared Dutch
// 1.1); the chunk the elements share 20.5 KB (Lit 6.3, validation of the whole feed 9.0, the
// loader of one or more sources 2.5, the element base with its feed controller, theme tokens
// and language names 3.8); then the
// guide 8.4 with its glossary terms 2.9 and list formatting 0.4, or the sign-up form 11.1.
// `buurt-load` promises the whole feed validated, with every problem, so the validator comes
// with every element, whenever it runs (loading it in idle time would still count here). Even
// with no validation at all (measured with validateFeed stubbed out) a guide page would load
// 28.8 KB and a sign-up page 28.5. Before buurtkit.js carried only the autoloader and
// the fetch, a page without elements loaded 14.4 KB and the other pages 0.3 KB less (one chunk
// boundary fewer). These budgets are the sizes now plus about 0.5 KB, so growth is caught.
const BUDGETS = {
  'no element (script tag only)': { tags: [], budget: 5.5 * KB },
  // Sizes in multiples of the element's own text size (`--_buurt-rem`, src/base/theme.styles.ts)
  // instead of rem, so the kit is not shrunk to 10px text on a page whose root is 62.5%: +0.06 KB
  // here (src/cdn.css), +0.2 KB on the guide and sign-up pages, +0.3 KB on the map pages;
  // each of those budgets is that much larger. Every inherited text property set on the host
  // (text-indent, font-style, white-space … of a page or of a <p> a CMS wrapped it in): +61 B
  // on every page, 0.1 KB more where that left less than 0.03 KB.
  // Feed text marked with its own language where it is not the kit's (WCAG 3.1.2: Dutch feed
  // text on an English or Arabic page, src/base/feed-lang.ts) added 0.08 KB to a guide page,
  // which had 0.06 KB of room left.
  // Focus kept below the guide's sticky help line at any text size (WCAG 2.4.11: it is measured on focusin): +72 B, 0.1 KB more.
  // The help line marked stuck where CSS cannot tell (Firefox, Safari: stuck-help-controller.ts),
  // so it drops its descriptions there too: +0.25 KB on the guide pages, 0.3 KB more.
  // The stuck help line kept to a third of the screen with "Snel weg" first, and keyboard focus brought out from under it in Firefox: +96 B, 0.1 KB more.
  // Dutch names of the languages the sign-up offers, written out (src/base/language-name.ts: the page's first Intl.DisplayNames costs 20 ms, 80 on a phone): +0.12 KB, 0.1 KB more.
  // A place's opening hours in the guide never broken inside the word: the times under the day where both do not fit side by side, the roles keeping it a table in WebKit: +81 B, 0.1 KB more.
  'guide only': { tags: ['buurt-guide'], budget: 38.6 * KB },
  // The validator's hardening against hostile feeds (found by test/feed/fuzz.test.ts: links and
  // cells trimmed in one pass, long lists deduplicated and guides walked in linear time, overlaps
  // of long hour lists by minute, invisible characters out of e-mail addresses) added about
  // 0.15 KB to every element; the sign-up pages had the least room and get 0.3 KB more.
  // Dutch names of the languages the sign-up offers, written out (src/base/language-name.ts: the page's first Intl.DisplayNames costs 20 ms, 80 on a phone): +0.12 KB, 0.1 KB more.
  // The sign-up's days in groups per day part at 200% text on a phone instead of a table scrolling sideways (WCAG 1.4.10): +211 B, 0.2 KB more.
  // Days written out beside the narrow day table's boxes where the short name is not the start of the day's (WCAG 2.5.3: Turkish, Polish, Ukrainian), and the kit's own language names first only on a page with its table: +64 B, 0.1 KB more.
  // Short day names longer than 'ma' ('Mon', 'pon.', '周一') no longer broken inside the word in the day table of a 320 px phone: the groups come at a wider form for them: +54 B, 0.1 KB more.
  // Checkboxes and their gap smaller with large text on a phone, so the words of the labels beside them stay whole: +57 B, 0.1 KB more.
  'sign-up only': { tags: ['buurt-signup'], budget: 38.0 * KB },
  // An element imports the Dutch problem messages by itself when the feed has problems (for
  // the console and `buurt-load`): no visitor asks for them, so they count.
  // A glossary explanation in another language than its text says so (WCAG 3.1.2, src/base/term.ts): +34 B, 0.1 KB more.
  // The stuck help line kept to a third of the screen with "Snel weg" first, and keyboard focus brought out from under it in Firefox: +96 B, 0.1 KB more.
  // Dutch names of the languages the sign-up offers, written out (src/base/language-name.ts: the page's first Intl.DisplayNames costs 20 ms, 80 on a phone): +0.12 KB, 0.1 KB more.
  // A place's opening hours in the guide never broken inside the word: the times under the day where both do not fit side by side, the roles keeping it a table in WebKit: +81 B, 0.1 KB more.
  // Side padding of the guide's answers, cards and outlined buttons giving way to the words with 200% text on a phone: +32 B, 0.1 KB more.
  'guide only, feed with problems': { tags: ['buurt-guide'], later: [MESSAGES], budget: 42.9 * KB },
  // Dutch names of the languages the sign-up offers, written out (src/base/language-name.ts: the page's first Intl.DisplayNames costs 20 ms, 80 on a phone): +0.12 KB, 0.1 KB more.
  // The sign-up's days in groups per day part at 200% text on a phone instead of a table scrolling sideways (WCAG 1.4.10): +211 B, 0.2 KB more.
  // Short day names longer than 'ma' ('Mon', 'pon.', '周一') no longer broken inside the word in the day table of a 320 px phone: the groups come at a wider form for them: +54 B, 0.1 KB more.
  // Side padding of the sign-up's buttons and boxes giving way to the words with 200% text on a phone: +52 B, 0.1 KB more.
  'sign-up only, feed with problems': { tags: ['buurt-signup'], later: [MESSAGES], budget: 42.2 * KB },
  // A guide opens where its `start` attribute says; an advice that names a place imports the
  // opening-hours code for "nu open" by itself (with the Dutch and English day and month
  // names written out since, 0.3 KB, and the kit's language names in the guide, 0.2 KB).
  // Focus kept below the guide's sticky help line at any text size (WCAG 2.4.11: it is measured on focusin): +72 B, 0.1 KB more.
  // Dutch names of the languages the sign-up offers, written out (src/base/language-name.ts: the page's first Intl.DisplayNames costs 20 ms, 80 on a phone): +0.12 KB, 0.1 KB more.
  // Days closed in a row as one line ('Gesloten van maandag 20 juli tot en met maandag 31 augustus'), not 30 lines for a summer closure read from 'gesloten van 20-7 t/m 31-8': +195 B, 0.2 KB more.
  // A place's opening hours in the guide never broken inside the word: the times under the day where both do not fit side by side, the roles keeping it a table in WebKit: +81 B, 0.1 KB more.
  // Side padding of the guide's answers, cards and outlined buttons giving way to the words with 200% text on a phone: +32 B, 0.1 KB more.
  'guide only, starting at a place': { tags: ['buurt-guide'], later: [HOURS], budget: 42.8 * KB },
  // A sign-up form with a sign-up left waiting from an earlier visit fetches the code that
  // sends it (delivery.ts) at once, so it goes out.
  // Dutch names of the languages the sign-up offers, written out (src/base/language-name.ts: the page's first Intl.DisplayNames costs 20 ms, 80 on a phone): +0.12 KB, 0.1 KB more.
  // The sign-up's days in groups per day part at 200% text on a phone instead of a table scrolling sideways (WCAG 1.4.10): +211 B, 0.2 KB more.
  // Days written out beside the narrow day table's boxes where the short name is not the start of the day's (WCAG 2.5.3: Turkish, Polish, Ukrainian), and the kit's own language names first only on a page with its table: +64 B, 0.1 KB more.
  // Short day names longer than 'ma' ('Mon', 'pon.', '周一') no longer broken inside the word in the day table of a 320 px phone: the groups come at a wider form for them: +54 B, 0.1 KB more.
  // Checkboxes and their gap smaller with large text on a phone, so the words of the labels beside them stay whole: +57 B, 0.1 KB more.
  'sign-up only, a sign-up waiting': { tags: ['buurt-signup'], later: [DELIVERY], budget: 43.9 * KB },
  // The map's first view (its markers drawn before Leaflet: first-view.ts, view-geometry.ts),
  // the Dutch and English day and month names in hours.ts, and markers placed by the view
  // itself rather than a Leaflet Marker each (faster pan and zoom) added 1.7 KB here since
  // 95 KB; in exchange, Leaflet and its view (43.4 KB) are no longer needed before the first
  // markers are painted. Search that forgives typos ("consultatiburo" finds the
  // consultatiebureau: the index's distinct words, a bounded edit distance, and the Dutch
  // status that says the spelling was similar) added 0.7 KB to both pages (99,201 → 99,896 B).
  // Its per-word place lists (a keystroke with typos costs the matching words, not the whole
  // feed) and the word list made when the search box gets focus added 91 B more; the page with
  // all three, which language-of-parts marks had left 39 B of room, gets 0.1 KB.
  // Typos in short words only at a word start with the first letter right, and the closest spelling first: +333 B, 0.4 KB more.
  // Sizes in multiples of the element's text size (above): 0.3 KB more.
  // Open filters on a phone scroll inside the element instead of running over the page below: +41 B, 0.1 KB more.
  // Dutch names of the languages the sign-up offers, written out (src/base/language-name.ts: the page's first Intl.DisplayNames costs 20 ms, 80 on a phone): +0.12 KB, 0.1 KB more.
  // A compact toolbar in a narrow element (the map 131 → 324 px high on a 320 px phone): +141 B, 0.2 KB more.
  // Days closed in a row as one line ('Gesloten van maandag 20 juli tot en met maandag 31 augustus'), not 30 lines for a summer closure read from 'gesloten van 20-7 t/m 31-8': +195 B, 0.2 KB more.
  // The roles of the opening-hours table (src/base/place/week-table.ts), which keep it a table in WebKit where the guide puts the times under the day: +20 B, 0.1 KB more.
  // The map taller at large text on a phone (+15em less 75vw, here and in buurtkit.css: the demo's map 142 → 382 px at 200% text on a 320 px phone): +33 B, which the 0.1 KB of the line above still holds (101,609 of 101,683 B).
  // The map's place details on a phone: the kind and its categories one flex item (the Dutch categories of a page in another language were squeezed to columns, 'Ontm|oeten'), and the days and times of the hours whole, under each other when narrow: +59 B, which the 0.1 KB of the lines above still holds (101,668 of 101,683 B).
  // The narrow toolbar's 'Bij mij in de buurt' at least as wide as its longest word (Turkish 'Yakınımda' broke to 'Yakınımd|a'), and the turned diamond and chevron kept inside a right-to-left element (3px too wide in Firefox): +33 B, 0.1 KB more.
  'map only': { tags: ['buurt-map'], budget: 99.4 * KB },
  // The glossary explanation's own `lang` (WCAG 3.1.2, src/base/term.ts): +24 B, 0.1 KB more.
  // Typo precision and ranking in the map's search (as above): 0.3 KB more.
  // The sign-up's tall summary shown from its heading and Escape at "Alles wissen?" (+57 B): 0.1 KB more.
  // Sizes in multiples of the element's text size (above): 0.3 KB more.
  // The guide's stuck help line (above): 0.3 KB more. Its watching after a move, and the Arabic
  // article in the typo search: +55 B, 0.1 KB more.
  // The stuck help line kept to a third of the screen with "Snel weg" first, and keyboard focus brought out from under it in Firefox: +96 B, 0.1 KB more.
  // Dutch names of the languages the sign-up offers, written out (src/base/language-name.ts: the page's first Intl.DisplayNames costs 20 ms, 80 on a phone): +0.12 KB, 0.1 KB more.
  // The map's compact toolbar in a narrow element (above): +141 B, 0.1 KB more.
  // The sign-up's days in groups per day part at 200% text on a phone instead of a table scrolling sideways (WCAG 1.4.10): +211 B, 0.2 KB more.
  // Days written out beside the narrow day table's boxes where the short name is not the start of the day's (WCAG 2.5.3: Turkish, Polish, Ukrainian), and the kit's own language names first only on a page with its table: +64 B on the sign-up pages, +103 B here, which had 0.1 KB of room: 0.2 KB more.
  // The sign-up's short day names kept whole on a 320 px phone (above): +54 B, 0.1 KB more.
  // Days closed in a row as one line ('Gesloten van maandag 20 juli tot en met maandag 31 augustus'), not 30 lines for a summer closure read from 'gesloten van 20-7 t/m 31-8': +195 B, 0.2 KB more.
  // The map's place details on a phone: the kind and its categories one flex item (the Dutch categories of a page in another language were squeezed to columns, 'Ontm|oeten'), and the days and times of the hours whole, under each other when narrow: +59 B, 0.1 KB more.
  // The guide's and the sign-up's side padding giving way to the words with 200% text on a phone: +84 B, 0.1 KB more.
  // Checkboxes and their gap smaller with large text on a phone, so the words of the labels beside them stay whole: +57 B, 0.1 KB more.
  'all three': { tags: ['buurt-map', 'buurt-guide', 'buurt-signup'], budget: 120.4 * KB },
};

const graph = chunkGraph(CDN);
const preload = JSON.parse(readFileSync(join(CDN, 'preload.json'), 'utf8'));
const sizes = new Map(Object.keys(graph.chunks).map((file) => [file, graph.size(file)]));
const pages = Object.entries(BUDGETS).map(([name, { tags, later = [], budget }]) => {
  const files = graph.staticClosure(ENTRY);
  for (const tag of tags) for (const file of preload[tag] ?? []) graph.staticClosure(file.replace(/^\.\//, ''), files);
  for (const module of later) {
    const file = graph.chunkOf(module);
    if (!file) throw new Error(`No chunk of ${CDN} holds ${module}.`);
    graph.staticClosure(file, files);
  }
  const gzip = [...files].reduce((sum, file) => sum + (sizes.get(file)?.gzip ?? 0), 0);
  return { name, tags, budget, gzip, files: [...files] };
});

console.log('\nbuurtkit script-tag build (dist/cdn)');
for (const [file, size] of [...sizes].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(`  ${file.padEnd(32)} ${kb(size.bytes).padStart(9)}  ${kb(size.gzip).padStart(8)} gzip`);
}
console.log('\n  what a page loads, by the elements on it:');
for (const page of pages) {
  console.log(`  ${page.gzip > page.budget ? 'OVER' : 'ok  '}  ${page.name.padEnd(34)} ${kb(page.gzip).padStart(8)} gzip of ${kb(page.budget)} budget`);
}
console.log('');
writeFileSync('dist/size.json', JSON.stringify({ pages, files: Object.fromEntries(sizes) }, null, 2));

const over = pages.filter((page) => page.gzip > page.budget);
if (over.length) {
  for (const page of over) console.error(`Size budget exceeded: a page with ${page.name} loads ${kb(page.gzip)} gzip, over ${kb(page.budget)}.`);
  process.exit(1);
}
