/**
 * The code an editor pastes into a website: the stylesheet that reserves the elements' space,
 * the script tag and the chosen elements with their attributes. Pure text, no DOM.
 *
 * The attribute names are exactly those of docs/embed.md and the elements' JSDoc (`src`,
 * `lang`, map: `area` `category` `tiles` `attribution` `consent`, guide: `guide` `exit-url`,
 * sign-up: `action`); test/studio/preview/embed-snippet.test.ts checks every attribute written
 * against what the registered elements observe. Every value is escaped for a double-quoted
 * attribute, so a hostile area id or URL stays one attribute value.
 */

/** Which tiles the map gets and who decides about them (see `<buurt-map>`'s `tiles`/`consent`). */
export type EmbedTiles =
  /** `tiles="none"`: no map background, nothing fetched from a third party. */
  | { kind: 'none' }
  /** The default PDOK map; `visitor`: the map asks first (no `consent`), `embedder`: `consent="embedder"`. */
  | { kind: 'pdok'; consent: 'visitor' | 'embedder' }
  /** An own tile server (`{z}/{x}/{y}` template) with its attribution line. */
  | { kind: 'custom'; url: string; attribution?: string; consent: 'visitor' | 'embedder' };

export interface EmbedOptions {
  /** The address of the published feed (buurt.json). */
  feedUrl: string;
  /** The address of `dist/cdn/buurtkit.js`. */
  scriptUrl: string;
  /** The address of `dist/cdn/buurtkit.css`; by default beside `scriptUrl`. */
  cssUrl?: string;
  /** Language of the elements; empty: the page's own language (else Dutch). */
  lang?: string;
  map?: { area?: string; category?: string; tiles: EmbedTiles };
  guide?: { guide?: string; exitUrl?: string };
  signup?: { action?: string };
}

/** Where the files of the published package are, as the docs name them. */
export const DEFAULT_SCRIPT_URL = 'https://cdn.example/buurtkit/dist/cdn/buurtkit.js';

/** A remark about the options, in plain Dutch, with the option it is about. */
export interface EmbedWarning {
  field: 'feedUrl' | 'scriptUrl' | 'cssUrl' | 'elements' | 'tiles' | 'exitUrl' | 'action';
  message: string;
}

export interface EmbedSnippet {
  /** The code to paste: the same for WordPress and for a plain HTML page. */
  code: string;
  /** The stylesheet and script lines only, for a site's header. */
  head: string;
  /** Only the elements, for blocks when the head lines are in the site's header already. */
  body: string;
  warnings: EmbedWarning[];
}

/** How to paste `code`, per kind of website, in plain Dutch. */
export const PASTE_STEPS: Readonly<Record<'wordpress' | 'html', readonly string[]>> = {
  wordpress: [
    'Open de pagina in WordPress en klik op + (blok toevoegen).',
    'Kies het blok "Aangepaste HTML" (in het Engels: Custom HTML). Gebruik geen gewoon tekstblok: dat toont de code als tekst en maakt van rechte aanhalingstekens krulletjes.',
    'Plak de code in dat blok en klik op Voorbeeld. In de editor zelf zie je de kaart vaak niet, in het voorbeeld wel.',
    'Is de regel met <script> na het opslaan weg? Dan mag jij geen scripts plaatsen. Vraag de beheerder om de eerste twee regels één keer in de kop (header) van de site te zetten. Daarna plak je alleen de elementen.',
  ],
  html: [
    'Zet de eerste twee regels (de stylesheet en het script) in de <head> van de pagina, of vlak vóór </body>.',
    'Zet de elementen (<buurt-…>) op de plek waar je ze wilt zien.',
    'Het is dezelfde code als voor WordPress. Het enige verschil: in een gewone pagina kies je zelf waar de regels staan.',
  ],
};

/** The one difference between the two, in one sentence. */
export const PASTE_DIFFERENCE =
  'De code is voor WordPress en een gewone HTML-pagina precies hetzelfde. In WordPress plak je alles in één blok "Aangepaste HTML"; in een gewone pagina mag het script ook in de <head>.';

/**
 * Escapes a value for a double-quoted HTML attribute. `&` first, so nothing is escaped twice;
 * `'` too, so the value is safe if someone changes the quotes; control characters (a pasted
 * line break or tab) become character references, so each attribute stays on its own line.
 * A NUL cannot be written in HTML at all (the parser makes it U+FFFD), so it is left out.
 */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>\u0000-\u001f\u007f]/g, (char) => {
    switch (char) {
      case '&':
        return '&amp;';
      case '"':
        return '&quot;';
      case "'":
        return '&#39;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '\u0000':
        return '';
      default:
        return `&#${char.charCodeAt(0)};`;
    }
  });
}

/** `dist/cdn/buurtkit.css` beside the script, however the script's address is written. */
export function cssUrlFor(scriptUrl: string): string {
  const trimmed = scriptUrl.trim();
  const [path, rest = ''] = splitQuery(trimmed);
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}buurtkit.css${rest}`;
}

function splitQuery(url: string): [string, string?] {
  const at = url.search(/[?#]/);
  return at < 0 ? [url] : [url.slice(0, at), url.slice(at)];
}

type Attribute = readonly [name: string, value: string | undefined];

/** One element: attributes with a value only, one per line after the first when there are several. */
function element(tag: string, attributes: readonly Attribute[]): string {
  const written = attributes
    .map(([name, value]) => [name, value?.trim()] as const)
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`);
  // The feed address is always written, also while empty, so the editor sees where it goes.
  if (!written.some((attribute) => attribute.startsWith('src='))) written.unshift('src=""');
  const indent = ' '.repeat(tag.length + 2);
  return `<${tag} ${written.join(`\n${indent}`)}></${tag}>`;
}

/** http(s) only: what the elements fetch, post to or navigate to. */
function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Addresses under the reserved names (.example, .invalid, .test, localhost) never work on a real site. */
function isExampleAddress(value: string): boolean {
  try {
    const host = new URL(value).hostname;
    return /(^|\.)(example|invalid|test|localhost)$/i.test(host);
  } catch {
    return false;
  }
}

const SHEET_EDIT_LINK =
  'Dit is de link om je spreadsheet te bewerken. Die kan de kaart niet lezen: bezoekers krijgen een inlogpagina. Kies in Google Spreadsheets Bestand → Delen → Publiceren op internet, kies het blad en "Door komma\'s gescheiden waarden (.csv)", en plak die link hier.';
const SHEET_CSV_LINK =
  'Dit is de link van een spreadsheet. De kaart leest dan je spreadsheet, niet wat je in de studio hebt veranderd. Wil je wat je in de studio maakte? Download buurt.json bij Opslaan, zet het op je website en vul dat adres hier in.';

/**
 * A spreadsheet's address: "edit" for the link an editor copies from the address bar or the
 * share button of Google Sheets or Excel online (a login page for everyone else), "csv" for a
 * published sheet (which the elements read, but not the studio's changes).
 */
function spreadsheetLink(url: string): 'edit' | 'csv' | undefined {
  if (/[?&](?:output|format)=csv\b|tqx=out:csv|\.csv(?:$|[?#])/i.test(url)) return 'csv';
  if (/^https:\/\/docs\.google\.com\/spreadsheets\/d\/(?!e\/)/i.test(url)) return 'edit';
  if (/^https:\/\/(?:[a-z0-9-]+\.)?(?:sharepoint\.com|onedrive\.live\.com|1drv\.ms)\//i.test(url)) return 'edit';
  return undefined;
}

function warningsFor(options: EmbedOptions): EmbedWarning[] {
  const warnings: EmbedWarning[] = [];
  const feedUrl = options.feedUrl.trim();
  if (!options.map && !options.guide && !options.signup) {
    warnings.push({ field: 'elements', message: 'Kies minstens één onderdeel: de kaart, de wegwijzer of het aanmeldformulier.' });
  }
  if (feedUrl === '') {
    warnings.push({ field: 'feedUrl', message: 'Vul het adres van je feed in. Dat is waar je buurt.json op je website zet.' });
  } else if (!isWebAddress(feedUrl)) {
    warnings.push({ field: 'feedUrl', message: 'Het adres van de feed moet beginnen met https://.' });
  }
  if (!isWebAddress(options.scriptUrl.trim())) {
    warnings.push({ field: 'scriptUrl', message: 'Het adres van het script moet beginnen met https://.' });
  } else if (isExampleAddress(options.scriptUrl.trim())) {
    warnings.push({
      field: 'scriptUrl',
      message:
        'Het adres van buurtkit.js is nog een voorbeeld. Vraag de beheerder van je website waar buurtkit staat, of zet de map dist/cdn op je eigen website.',
    });
  }
  if (feedUrl !== '' && isWebAddress(feedUrl) && isExampleAddress(feedUrl)) {
    warnings.push({ field: 'feedUrl', message: 'Het adres van de feed is nog een voorbeeld. Vul het echte adres van je buurt.json in.' });
  }
  if (isWebAddress(feedUrl)) {
    const sheet = spreadsheetLink(feedUrl);
    if (sheet === 'edit') warnings.push({ field: 'feedUrl', message: SHEET_EDIT_LINK });
    else if (sheet === 'csv') warnings.push({ field: 'feedUrl', message: SHEET_CSV_LINK });
  }
  if (options.cssUrl !== undefined && options.cssUrl.trim() !== '' && !isWebAddress(options.cssUrl.trim())) {
    warnings.push({ field: 'cssUrl', message: 'Het adres van de stylesheet moet beginnen met https://.' });
  }
  const tiles = options.map?.tiles;
  if (tiles?.kind === 'custom') {
    const url = tiles.url.trim();
    if (!isWebAddress(url.replace(/\{[^}]*\}/g, '0')) || !['{z}', '{x}', '{y}'].every((part) => url.includes(part))) {
      warnings.push({
        field: 'tiles',
        message: 'Het adres van de kaartachtergrond moet beginnen met https:// en {z}, {x} en {y} bevatten.',
      });
    }
  }
  const exitUrl = options.guide?.exitUrl?.trim();
  if (exitUrl && exitUrl !== 'about:blank' && !isWebAddress(exitUrl)) {
    warnings.push({ field: 'exitUrl', message: 'Het adres voor "Snel weg" moet beginnen met https://.' });
  }
  const action = options.signup?.action?.trim();
  if (action && !isWebAddress(action)) {
    warnings.push({ field: 'action', message: 'Het adres voor de aanmeldingen moet beginnen met https://.' });
  } else if (action?.startsWith('http:')) {
    warnings.push({
      field: 'action',
      message: 'Aanmeldingen bevatten namen en telefoonnummers. Gebruik een adres dat met https:// begint.',
    });
  }
  return warnings;
}

/** The snippet for these options: the head lines, then map, guide and sign-up in that order. */
export function embedSnippet(options: EmbedOptions): EmbedSnippet {
  const feed = options.feedUrl;
  const lang = options.lang;
  const cssUrl = options.cssUrl?.trim() ? options.cssUrl : cssUrlFor(options.scriptUrl);
  const head = [
    `<link rel="stylesheet" href="${escapeAttribute(cssUrl.trim())}">`,
    `<script type="module" src="${escapeAttribute(options.scriptUrl.trim())}"></script>`,
  ].join('\n');

  const elements: string[] = [];
  if (options.map) {
    const { area, category, tiles } = options.map;
    elements.push(
      element('buurt-map', [
        ['src', feed],
        ['lang', lang],
        ['area', area],
        ['category', category],
        ['tiles', tiles.kind === 'none' ? 'none' : tiles.kind === 'custom' ? tiles.url : undefined],
        ['attribution', tiles.kind === 'custom' ? tiles.attribution : undefined],
        ['consent', tiles.kind !== 'none' && tiles.consent === 'embedder' ? 'embedder' : undefined],
      ]),
    );
  }
  if (options.guide) {
    elements.push(
      element('buurt-guide', [
        ['src', feed],
        ['lang', lang],
        ['guide', options.guide.guide],
        ['exit-url', options.guide.exitUrl],
      ]),
    );
  }
  if (options.signup) {
    elements.push(element('buurt-signup', [['src', feed], ['lang', lang], ['action', options.signup.action]]));
  }
  const body = elements.join('\n\n');
  return { code: body ? `${head}\n\n${body}\n` : `${head}\n`, head, body, warnings: warningsFor(options) };
}
