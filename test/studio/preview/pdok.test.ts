// The PDOK address lookup against a PDOK-like route on 127.0.0.1 (test/server/pdok-routes.mjs):
// matches, none, errors and a timeout, each with its plain Dutch message.
import { expect } from '@open-wc/testing';
import { addressQuery, lookupAddress, parsePoint, pdokSearchUrl, readMatches } from '../../../src/studio/model/pdok.js';

let key = '';
const base = (scenario: string): string => `${location.origin}/test-api/pdok/${scenario}/${key}`;

async function seen(): Promise<{ hits: number; last?: Record<string, string> }> {
  const response = await fetch(`/test-api/pdok/hits?key=${key}`);
  return (await response.json()) as { hits: number; last?: Record<string, string> };
}

describe('PDOK lookup', () => {
  beforeEach(() => {
    key = `k${Math.random().toString(36).slice(2)}`;
  });

  it('asks the free search for addresses only, five rows, and reads weergavenaam and centroide_ll', async () => {
    const outcome = await lookupAddress('Hoofdstraat 1 Den Bosch', { baseUrl: base('ok') });
    expect(outcome.state).to.equal('found');
    if (outcome.state !== 'found') return;
    expect(outcome.matches).to.deep.equal([
      { label: "Hoofdstraat 1 Den Bosch, 5211AA 's-Hertogenbosch", lat: 51.69917, lng: 5.30417 },
      { label: "Hoofdstraat 1 Den BoschA, 5211AB 's-Hertogenbosch", lat: 51.7, lng: 5.305 },
    ]);
    const { hits, last } = await seen();
    expect(hits).to.equal(1);
    expect(last).to.deep.equal({ q: 'Hoofdstraat 1 Den Bosch', rows: '5', fq: 'type:adres' });
  });

  it('says so in plain Dutch when PDOK knows no such address', async () => {
    const outcome = await lookupAddress('Bestaatniet 999', { baseUrl: base('none') });
    expect(outcome).to.deep.include({ state: 'none' });
    expect((outcome as { message: string }).message).to.contain('PDOK kent dit adres niet');
  });

  it('reports a server error without throwing', async () => {
    const outcome = await lookupAddress('Hoofdstraat 1', { baseUrl: base('error') });
    expect(outcome).to.deep.include({ state: 'error', reason: 'http' });
    expect((outcome as { message: string }).message).to.contain('PDOK gaf een fout terug');
  });

  it('reports an answer that is not JSON', async () => {
    const outcome = await lookupAddress('Hoofdstraat 1', { baseUrl: base('garbage') });
    expect(outcome).to.deep.include({ state: 'error', reason: 'format' });
  });

  it('gives up after the timeout and says PDOK did not answer in time', async () => {
    const started = performance.now();
    const outcome = await lookupAddress('Hoofdstraat 1', { baseUrl: base('slow'), timeout: 300 });
    expect(outcome).to.deep.include({ state: 'error', reason: 'timeout' });
    expect((outcome as { message: string }).message).to.contain('niet op tijd');
    // The route holds its answer for 10 s: the lookup ended because of its own timeout.
    expect(performance.now() - started).to.be.below(5_000);
  });

  it('reports an unreachable server as a network problem', async () => {
    // Port 9 (discard) on 127.0.0.1: refused at once, nothing leaves the machine.
    const outcome = await lookupAddress('Hoofdstraat 1', { baseUrl: 'http://127.0.0.1:9/x' });
    expect(outcome).to.deep.include({ state: 'error', reason: 'network' });
  });

  it('sends nothing for an empty address', async () => {
    const outcome = await lookupAddress('   ', { baseUrl: base('ok') });
    expect(outcome).to.deep.include({ state: 'error', reason: 'empty' });
    expect((await seen()).hits).to.equal(0);
  });

  it('stops when the caller aborts', async () => {
    const abort = new AbortController();
    const pending = lookupAddress('Hoofdstraat 1', { baseUrl: base('slow'), signal: abort.signal });
    abort.abort();
    expect(await pending).to.deep.include({ state: 'error', reason: 'aborted' });
  });

  it('builds the query from street, postcode and city', () => {
    expect(addressQuery({ street: ' Hoofdstraat 1 ', postcode: '5211AA', city: "'s-Hertogenbosch" })).to.equal(
      "Hoofdstraat 1 5211AA 's-Hertogenbosch",
    );
    expect(addressQuery(undefined)).to.equal('');
    expect(pdokSearchUrl('a&b', 'https://x.example/v3_1/')).to.equal('https://x.example/v3_1/free?q=a%26b&rows=5&fq=type%3Aadres');
  });

  it('reads POINT(lng lat) longitude first and refuses anything else', () => {
    expect(parsePoint('POINT(5.30417 51.69917)')).to.deep.equal({ lat: 51.69917, lng: 5.30417 });
    expect(parsePoint('POINT(5.3)')).to.be.undefined;
    expect(parsePoint('POINT(500 51)')).to.be.undefined;
    expect(parsePoint(null)).to.be.undefined;
    expect(readMatches({ response: {} })).to.be.undefined;
    expect(readMatches({ response: { docs: [null, { weergavenaam: 3 }] } })).to.deep.equal([]);
  });
});
