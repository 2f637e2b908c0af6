/**
 * Looking up an address with the PDOK Locatieserver (Kadaster, free, no key): the free-text
 * search, addresses only, five results. Pure: no DOM, `fetch` only. The studio calls it only
 * when the editor presses "Zoek adres op bij PDOK" — nothing is sent before that.
 *
 * Every outcome is a value, never a thrown error, with its message in plain Dutch.
 */
import type { Address, LatLng } from '../../feed/types.js';

/** The Locatieserver's search API; tests pass a route on 127.0.0.1 instead. */
export const PDOK_BASE_URL = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1';

/** How long one lookup may take before the editor is told it did not work. */
export const PDOK_TIMEOUT_MS = 8_000;

export interface PdokMatch extends LatLng {
  /** The address as PDOK writes it, e.g. "Hoofdstraat 1, 5211AA 's-Hertogenbosch". */
  label: string;
}

export type PdokOutcome =
  | { state: 'found'; matches: PdokMatch[] }
  | { state: 'none'; message: string }
  | { state: 'error'; reason: 'empty' | 'timeout' | 'network' | 'http' | 'format' | 'aborted'; message: string };

export interface PdokOptions {
  /** The search API without `/free`; `PDOK_BASE_URL` by default. */
  baseUrl?: string;
  timeout?: number;
  /** Cancels the lookup (a new one started, the editor left). */
  signal?: AbortSignal;
}

const MESSAGES = {
  empty: 'Vul eerst een adres in: straat en huisnummer, en de plaats of de postcode.',
  none: 'PDOK kent dit adres niet. Kijk of de straat, het huisnummer en de plaats goed zijn geschreven, of zet de plek zelf op de kaart.',
  timeout: 'PDOK gaf niet op tijd antwoord. Probeer het later nog eens, of zet de plek zelf op de kaart.',
  network: 'PDOK is niet bereikbaar. Heb je internet? Je kunt de plek ook zelf op de kaart zetten.',
  http: 'PDOK gaf een fout terug. Probeer het later nog eens, of zet de plek zelf op de kaart.',
  format: 'Het antwoord van PDOK was niet te lezen. Zet de plek zelf op de kaart.',
  aborted: 'Het opzoeken is gestopt.',
} as const;

/** The text to search for: street (with number), postcode and city, as far as they are filled in. */
export function addressQuery(address: Partial<Address> | undefined): string {
  if (!address) return '';
  return [address.street, address.postcode, address.city]
    .map((part) => (typeof part === 'string' ? part.trim() : ''))
    .filter((part) => part !== '')
    .join(' ');
}

/** The URL of one search. */
export function pdokSearchUrl(query: string, baseUrl = PDOK_BASE_URL): string {
  const params = new URLSearchParams({ q: query, rows: '5', fq: 'type:adres' });
  return `${baseUrl.replace(/\/+$/, '')}/free?${params}`;
}

/** `POINT(lng lat)` (WKT, longitude first) → { lat, lng }; undefined when it is anything else. */
export function parsePoint(wkt: unknown): LatLng | undefined {
  if (typeof wkt !== 'string') return undefined;
  const match = /^\s*POINT\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)\s*$/i.exec(wkt);
  if (!match) return undefined;
  const lng = Number(match[1]);
  const lat = Number(match[2]);
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
  return { lat, lng };
}

/** The usable matches of a Locatieserver answer; undefined when it is not such an answer. */
export function readMatches(body: unknown): PdokMatch[] | undefined {
  const docs = (body as { response?: { docs?: unknown } } | null)?.response?.docs;
  if (!Array.isArray(docs)) return undefined;
  const matches: PdokMatch[] = [];
  for (const doc of docs) {
    const label = (doc as { weergavenaam?: unknown } | null)?.weergavenaam;
    const point = parsePoint((doc as { centroide_ll?: unknown } | null)?.centroide_ll);
    if (typeof label === 'string' && label.trim() !== '' && point) matches.push({ label: label.trim(), ...point });
  }
  return matches;
}

/** Looks up `query` at PDOK. Resolves with found / none / error; never rejects. */
export async function lookupAddress(query: string, options: PdokOptions = {}): Promise<PdokOutcome> {
  const text = query.trim();
  if (text === '') return { state: 'error', reason: 'empty', message: MESSAGES.empty };
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeout ?? PDOK_TIMEOUT_MS);
  const onAbort = () => timeout.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const error = (reason: Exclude<PdokOutcome, { state: 'found' | 'none' }>['reason']): PdokOutcome => ({
    state: 'error',
    reason,
    message: MESSAGES[reason],
  });
  try {
    let response: Response;
    try {
      response = await fetch(pdokSearchUrl(text, options.baseUrl), {
        signal: timeout.signal,
        // Nothing of the studio's page goes along: no cookies, no referrer path.
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { Accept: 'application/json' },
      });
    } catch {
      if (options.signal?.aborted) return error('aborted');
      return error(timeout.signal.aborted ? 'timeout' : 'network');
    }
    if (!response.ok) return error('http');
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      if (options.signal?.aborted) return error('aborted');
      return error(timeout.signal.aborted ? 'timeout' : 'format');
    }
    const matches = readMatches(body);
    if (!matches) return error('format');
    return matches.length ? { state: 'found', matches } : { state: 'none', message: MESSAGES.none };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
