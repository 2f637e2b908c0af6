// Third-party licence notices for the script-tag build. Terser drops every comment, and with
// them the notices Leaflet (BSD-2-Clause), Lit (BSD-3-Clause) and papaparse (MIT) require.
// This plugin writes the licence files of every npm package that ended up in the bundle to
// dist/cdn/LICENSES.txt, and starts every chunk with a comment pointing at it.
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import MagicString from 'magic-string';

export const LICENSES_FILE = 'LICENSES.txt';
export const LICENSE_BANNER = `/*! buurtkit EUPL-1.2 | third-party notices: see ${LICENSES_FILE} */`;

/** The package folder (…/node_modules/<name> or …/node_modules/@scope/<name>) a module id lives in. */
function packageDir(id) {
  const marker = `${sep}node_modules${sep}`;
  const at = id.lastIndexOf(marker);
  if (at === -1) return undefined;
  const [first, second] = id.slice(at + marker.length).split(sep);
  return id.slice(0, at + marker.length) + (first.startsWith('@') ? join(first, second) : first);
}

function licenseText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  if (!file) throw new Error(`${dir} has no licence file, so its notice cannot ship with the bundle`);
  return readFileSync(join(dir, file), 'utf8').trim();
}

export function thirdPartyLicenses() {
  return {
    name: 'buurtkit-third-party-licenses',
    // After terser, which keeps no comments: the line is prepended with a source map of its
    // own, so the maps still lead every later line to its source.
    renderChunk: {
      order: 'post',
      handler(code) {
        const result = new MagicString(code);
        result.prepend(`${LICENSE_BANNER}\n`);
        return { code: result.toString(), map: result.generateMap({ hires: true }) };
      },
    },
    generateBundle() {
      const packages = new Map();
      // Every module of the build, also those that only re-export (lit's index): their package
      // is in the bundle all the same.
      for (const id of this.getModuleIds()) {
        const dir = packageDir(id.replace(/^\0/, ''));
        if (!dir || packages.has(dir)) continue;
        const { name, version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        packages.set(dir, { name, version, license, text: licenseText(dir) });
      }
      const sections = [...packages.values()]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(({ name, version, license, text }) => `${'='.repeat(72)}\n${name} ${version} (${license})\n${'='.repeat(72)}\n\n${text}\n`);
      const source = [
        'Third-party software in the buurtkit script-tag build (dist/cdn/*.js).',
        'buurtkit itself is licensed under the EUPL-1.2 (see LICENSE in the package).',
        'The notices below are reproduced as the licences of these packages require.',
        '',
        ...sections,
      ].join('\n');
      this.emitFile({ type: 'asset', fileName: LICENSES_FILE, source });
    },
  };
}
