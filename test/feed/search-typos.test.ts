import { expect } from '@open-wc/testing';
import {
  createPlaceIndex,
  filterPlaces,
  findPlaces,
  isSimilarPrepared,
  prepareSimilarSlice,
  sortByDistance,
  type PlaceFilter,
  type PlaceIndex,
} from '../../src/feed/search.js';
import type { Place, PlaceKind } from '../../src/feed/types.js';

// Residents with little Dutch misspell what they type; when the query as typed is nowhere,
// findPlaces looks again with small typos allowed (src/feed/search.ts).

function place(id: string, fields: Partial<Place>): Place {
  return { id, name: id, kind: 'informal-initiative', categories: [], areas: [], contact: {}, languages: [], activities: [], ...fields };
}

const places: Place[] = [
  place('huisarts', { name: 'Huisartsenpraktijk Boschveld', kind: 'professional-service', description: 'Uw huisarts in de wijk.' }),
  place('voedselbank', { name: 'Voedselbank Den Bosch', kind: 'volunteer-organisation', description: 'Pakketten voor gezinnen.' }),
  place('consultatiebureau', { name: 'Consultatiebureau Oost', kind: 'professional-service', description: 'Wegen en meten van je baby.' }),
  place('bibliotheek', { name: 'Bibliotheek Noord', description: 'Boeken lenen en voorlezen.', address: { street: 'Kerkstraat 4', postcode: '5211 AB' } }),
  place('kruimel', { name: 'Café De Kruimel', description: 'Moeders drinken koffie.' }),
  place('uurtje', { name: 'Koffe-uurtje', kind: 'volunteer-organisation', description: 'Elke dinsdag.' }),
  place('turkiyem', { name: 'Vrouwengroep Türkiyem' }),
  // "Buurtvoedsel" ends the name and "Bankje" starts the description: "voedselbank" is in neither.
  place('velden', { name: 'Buurtvoedsel', description: 'Bankje in het park.' }),
];

const index = createPlaceIndex(places, 'nl');

function find(query: string, filter: PlaceFilter = {}, on: PlaceIndex = index): { ids: string[]; similar: boolean } {
  const { places: found, similar } = findPlaces(on, { ...filter, query });
  return { ids: found.map((p) => p.id), similar };
}

describe('search: similar spelling', () => {
  it('finds what residents misspell, and says the spelling was similar', () => {
    expect(find('voedselbak')).to.deep.equal({ ids: ['voedselbank'], similar: true });
    expect(find('voedselbnk')).to.deep.equal({ ids: ['voedselbank'], similar: true });
    expect(find('consultatiburo')).to.deep.equal({ ids: ['consultatiebureau'], similar: true });
    expect(find('bibliotek')).to.deep.equal({ ids: ['bibliotheek'], similar: true });
    expect(find('huisats')).to.deep.equal({ ids: ['huisarts'], similar: true });
    // "huisart" is the start of "huisarts": found as typed, like any other beginning of a word.
    expect(find('huisart')).to.deep.equal({ ids: ['huisarts'], similar: false });
    // Each word on its own may have its typos; all words must still be there.
    expect(find('consultatiburo oots')).to.deep.equal({ ids: ['consultatiebureau'], similar: true });
    expect(find('consultatiburo noord')).to.deep.equal({ ids: [], similar: false });
  });

  it('counts a letter added, left out or replaced, and two neighbours swapped, as one typo', () => {
    expect(find('kofie').ids).to.include('kruimel');
    expect(find('kofffie').ids).to.include('kruimel');
    expect(find('koffje').ids).to.include('kruimel');
    expect(find('kofife').ids).to.include('kruimel');
    expect(find('kerkstaat').ids).to.deep.equal(['bibliotheek']);
  });

  it('compares in the normalized form: accents and case do not count as typos', () => {
    // "Türkiyem" is "turkiyem"; "TURKYEM" misses one letter.
    expect(find('TURKYEM')).to.deep.equal({ ids: ['turkiyem'], similar: true });
    expect(find('Turkíyem')).to.deep.equal({ ids: ['turkiyem'], similar: false });
    // "Bibliothèk" is "bibliothek": one letter from "bibliotheek".
    expect(find('Bibliothèk')).to.deep.equal({ ids: ['bibliotheek'], similar: true });
    expect(find('cafè kruimle')).to.deep.equal({ ids: ['kruimel'], similar: true });
  });

  it('allows one typo from 4 letters, two from 8, none in shorter words or in numbers', () => {
    // Three letters: "bak" is not "bank" …
    expect(find('bak').similar).to.equal(false);
    expect(find('bnk')).to.deep.equal({ ids: [], similar: false });
    expect(find('cafe bnk')).to.deep.equal({ ids: [], similar: false });
    // … four letters may have one typo, not two.
    expect(find('boek')).to.deep.equal({ ids: ['bibliotheek'], similar: false });
    expect(find('buek')).to.deep.equal({ ids: ['bibliotheek'], similar: true });
    expect(find('biuk')).to.deep.equal({ ids: [], similar: false });
    // Seven letters: one typo, not two ("hiusats": two neighbours swapped and a letter left out).
    expect(find('hiusats')).to.deep.equal({ ids: [], similar: false });
    // Eight and more: two, not three ("vorlezne": an o left out, n and e swapped; "vorlezn" has seven letters).
    expect(find('vorlezne')).to.deep.equal({ ids: ['bibliotheek'], similar: true });
    expect(find('vorlezn')).to.deep.equal({ ids: [], similar: false });
    expect(find('biblotek')).to.deep.equal({ ids: [], similar: false });
    expect(find('konsultatiburo')).to.deep.equal({ ids: [], similar: false });
    // A house number or postcode with a typo is another address.
    expect(find('kerkstraat 3')).to.deep.equal({ ids: [], similar: false });
    expect(find('5212ab')).to.deep.equal({ ids: [], similar: false });
  });

  it('holds a word of fewer than 8 letters to the start of a word and its first letter', () => {
    const some = createPlaceIndex([place('morgen', { name: 'Inloop', description: 'Elke morgen open.' }), place('theek', { name: 'Speelotheek' })], 'nl');
    const zorgen = createPlaceIndex([place('zorgen', { name: 'Wij zorgen voor elkaar' })], 'nl');
    // One letter from "morg" in "morgen", but "zorg" is not "morgen" …
    expect(find('zorg', {}, some)).to.deep.equal({ ids: [], similar: false });
    // … nor "morgen" "zorgen" (the first letter), nor "beek" the "heek" inside "speelotheek".
    expect(find('morgen', {}, zorgen)).to.deep.equal({ ids: [], similar: false });
    expect(find('beek', {}, some)).to.deep.equal({ ids: [], similar: false });
    // A typo after the first letter at the start of a word is still one typo.
    expect(find('zorgn', {}, zorgen)).to.deep.equal({ ids: ['zorgen'], similar: true });
    expect(find('mogren', {}, some)).to.deep.equal({ ids: ['morgen'], similar: true });
    expect(find('speelteek', {}, some)).to.deep.equal({ ids: ['theek'], similar: true });
  });

  it('takes an Arabic word to start after its article, and holds Arabic-Indic numbers exact', () => {
    const arabic = createPlaceIndex(
      [place('library', { name: 'المكتبة العامة' }), place('house', { name: 'مركز', address: { street: 'شارع ٥٢١١' } })],
      'ar',
    );
    // "مكتبه" (library, with a common typo: ه for ة) against "المكتبة", "the library".
    expect(find('مكتبه', {}, arabic)).to.deep.equal({ ids: ['library'], similar: true });
    // A house number one digit off is another house.
    expect(find('٥٢١٢', {}, arabic)).to.deep.equal({ ids: [], similar: false });
  });

  it('still finds long misspelt words inside others, and short words as typed anywhere', () => {
    const some = createPlaceIndex(
      [
        place('taalcafe', { name: 'Taalcafé De Brug', description: 'Nederlands oefenen.' }),
        place('jeugd', { name: 'Jeugdbibliotheek' }),
        place('bank', { name: 'Voedselbank' }),
      ],
      'nl',
    );
    expect(find('taalcafe', {}, some)).to.deep.equal({ ids: ['taalcafe'], similar: false });
    expect(find('taalkafe', {}, some)).to.deep.equal({ ids: ['taalcafe'], similar: true });
    expect(find('taalcaffe', {}, some)).to.deep.equal({ ids: ['taalcafe'], similar: true });
    // 8 letters and more: a typo inside a longer word ("bibliotheek" in "jeugdbibliotheek").
    expect(find('bibliotek', {}, some)).to.deep.equal({ ids: ['jeugd'], similar: true });
    // A short word as typed counts inside a word, as in the exact search; its typo would not.
    expect(find('voedselbnk bank', {}, some)).to.deep.equal({ ids: ['bank'], similar: true });
    expect(find('voedselbnk bamk', {}, some)).to.deep.equal({ ids: [], similar: false });
    expect(find('consultatiburo').ids).to.deep.equal(['consultatiebureau']);
  });

  it('lists the closest spelling first: fewest typos, then a match at the start of a word', () => {
    const some = createPlaceIndex(
      [
        place('inside', { name: 'Buurtinloophuis' }),
        place('start', { name: 'Inloophuiss' }),
        place('two', { name: 'Inlopphuus' }),
        place('also-start', { name: 'Inloophuis' }),
      ],
      'nl',
    );
    // One typo at a word start (in the list's order), one inside a word, two at a word start.
    const found = findPlaces(some, { query: 'inloophus' });
    expect(found.places.map((p) => p.id)).to.deep.equal(['start', 'also-start', 'inside', 'two']);
    expect(found.similar).to.equal(true);
    expect(found.spelling).to.have.length(4);
    expect(found.spelling![0]).to.equal(found.spelling![1]);
    expect(found.spelling![1]).to.be.lessThan(found.spelling![2]!);
    expect(found.spelling![2]).to.be.lessThan(found.spelling![3]!);
    // Every word of a query counts: "inlop" is in "Inlopphuus" as typed and one typo from the
    // start of "Inloophuis(s)", all as far as "inloophus" from "Inlopphuus"; a short word's typo
    // inside "Buurtinloophuis" does not count.
    expect(find('inloophus inlop', {}, some).ids).to.deep.equal(['start', 'two', 'also-start']);
    // Found as typed: the list's own order, whatever the place of the word.
    expect(find('inloop', {}, some)).to.deep.equal({ ids: ['inside', 'start', 'also-start'], similar: false });
    expect(findPlaces(some, { query: 'inloop' }).spelling).to.equal(undefined);
  });

  it('sorts by distance within equally close spellings', () => {
    const at = (lat: number): Place['location'] => ({ lat, lng: 5.3 });
    const some = createPlaceIndex(
      [
        place('two-near', { name: 'Inlopphuus', location: at(51.7) }),
        place('one-far', { name: 'Inloophuis', location: at(51.9) }),
        place('one-near', { name: 'Inloophuis', location: at(51.71) }),
      ],
      'nl',
    );
    const found = findPlaces(some, { query: 'inloophus' });
    const from = { lat: 51.7, lng: 5.3 };
    expect(sortByDistance(found.places, from, { rank: found.spelling }).map((p) => p.id)).to.deep.equal(['one-near', 'one-far', 'two-near']);
    expect(sortByDistance(found.places, from).map((p) => p.id)).to.deep.equal(['two-near', 'one-near', 'one-far']);
  });

  it('lets an exact match win: typos only when the query as typed is nowhere', () => {
    // "Koffe-uurtje" is one letter from "koffie", but "koffie" is found as typed.
    expect(find('koffie')).to.deep.equal({ ids: ['kruimel'], similar: false });
    expect(find('koffei')).to.deep.equal({ ids: ['kruimel', 'uurtje'], similar: true });
    // The text as typed is there and other filters leave nothing: no reason to guess, though
    // "Koffe-uurtje" would pass the filter.
    expect(find('koffie', { kinds: ['volunteer-organisation' as PlaceKind] })).to.deep.equal({ ids: [], similar: false });
    expect(find('koffei', { kinds: ['volunteer-organisation' as PlaceKind] })).to.deep.equal({ ids: ['uurtje'], similar: true });
    // A typo with other filters: the similar places those filters let through.
    expect(find('voedselbnk', { kinds: ['volunteer-organisation' as PlaceKind] })).to.deep.equal({ ids: ['voedselbank'], similar: true });
    expect(find('voedselbnk', { kinds: ['professional-service' as PlaceKind] })).to.deep.equal({ ids: [], similar: false });
  });

  it('needs every query word in a place, each counted once however many of its words match', () => {
    const some = createPlaceIndex(
      [
        place('twice', { name: 'Koffie koffie', description: 'Inloop met koffie.' }),
        place('one-word', { name: 'Koffie en thee', description: 'Elke dag koffie.' }),
        place('both', { name: 'Inloop', description: 'Koffiebar.' }),
        place('other', { name: 'Inloophuis' }),
      ],
      'nl',
    );
    expect(find('kofie inlop', {}, some)).to.deep.equal({ ids: ['twice', 'both'], similar: true });
    // "kofie" is twice in "twice" and once in "one-word": that is not two query words.
    expect(find('kofie kofie', {}, some)).to.deep.equal({ ids: ['twice', 'one-word', 'both'], similar: true });
    expect(find('kofie inlop zwembat', {}, some)).to.deep.equal({ ids: [], similar: false });
  });

  it('does not match across two fields', () => {
    // Within two typos of "voedselbank" only across "Buurtvoedsel" and "Bankje".
    expect(find('voedselbankje').ids).to.not.include('velden');
    expect(find('tvoedselbank').ids).to.not.include('velden');
    expect(find('voedselbank').ids).to.deep.equal(['voedselbank']);
  });

  it('follows the query as it grows and shrinks again', () => {
    const steps = ['bib', 'bibl', 'bibli', 'biblio', 'bibliot', 'bibliote', 'bibliotek', 'bibliote', 'biblioth'].map((query) => find(query));
    expect(steps.map((step) => step.ids.join())).to.deep.equal(Array(9).fill('bibliotheek'));
    // "bibliote" is not in "bibliotheek" (the h is missing): one typo.
    expect(steps.map((step) => step.similar)).to.deep.equal([false, false, false, false, false, true, true, true, false]);
  });

  it('leaves filterPlaces exact, and findPlaces when asked', () => {
    expect(filterPlaces(index, { query: 'bibliotek' })).to.deep.equal([]);
    expect(findPlaces(index, { query: 'bibliotek' }, { typos: false })).to.deep.equal({ places: [], similar: false });
    expect(filterPlaces(index, { query: 'bibliotheek' }).map((p) => p.id)).to.deep.equal(['bibliotheek']);
  });

  it('treats hostile or empty input as before', () => {
    for (const query of ['', '   ', '(.*', '\\\\', '<img src=x onerror=alert(1)>']) {
      expect(() => find(query), query).to.not.throw();
      expect(find(query).similar, query).to.equal(false);
    }
    expect(find('').ids).to.have.length(places.length);
  });
});

// ---------------------------------------------------------------------------------------
// Speed: a feed of 10,000 places with a realistic number of distinct words.

const SYLLABLES = ['ba', 'ke', 'lo', 'mi', 'nu', 'ra', 'se', 'to', 'vi', 'wo', 'de', 'gra', 'ste', 'kin', 'hout', 'berg', 'ver', 'zon', 'aar', 'op'];

function syntheticFeed(count: number): Place[] {
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const word = (): string => Array.from({ length: 2 + Math.floor(random() * 3) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
  const sentence = (words: number): string => Array.from({ length: words }, word).join(' ');
  return Array.from({ length: count }, (_, i) =>
    place(`p${i}`, {
      name: i === 4321 ? 'Consultatiebureau Zuid' : `${sentence(2)} ${i}`,
      description: `${sentence(12)}.`,
      address: { street: `${word()}straat ${i % 200}`, postcode: `52${String(i % 100).padStart(2, '0')} AB`, city: "'s-Hertogenbosch" },
      activities: i % 3 === 0 ? [{ name: sentence(2), description: sentence(6) }] : [],
    }),
  );
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

describe('search: similar spelling in 10,000 places', () => {
  it('finds a misspelled word in 10,000 places, and reports the time per keystroke', () => {
    const list = syntheticFeed(10_000);
    const big = createPlaceIndex(list, 'nl');
    void big.haystacks;
    // The same places without typo search, for what an exact search alone costs.
    const exact = createPlaceIndex(list, 'nl');
    void exact.haystacks;
    const text = 'consultatiburo';
    // The map lists the index's distinct words in idle time from the first keystroke on; the
    // first search that needs them before that lists them itself.
    expect(isSimilarPrepared(big)).to.equal(false);
    let start = performance.now();
    expect(prepareSimilarSlice(big, () => true)).to.equal(true);
    expect(isSimilarPrepared(big)).to.equal(true);
    expect(isSimilarPrepared(exact)).to.equal(false);
    const words = performance.now() - start;
    // Typing: "c" … "consultati" are found as typed, "consultatib" … "consultatiburo" are not.
    const times: number[] = [];
    let result = findPlaces(big, {});
    for (let round = 0; round < 3; round++) {
      for (let end = 1; end <= text.length; end++) {
        start = performance.now();
        result = findPlaces(big, { query: text.slice(0, end) });
        if (result.similar) times.push(performance.now() - start);
      }
    }
    expect(times).to.have.length(12);
    expect(result.places.map((p) => p.id)).to.include('p4321');
    // A word typed or pasted at once: first the exact search through every place's text, then typos.
    const alone: number[] = [];
    const typos: number[] = [];
    for (const query of ['bibliotek', 'voedselbak', 'huisats', 'kinderopvnag', 'zwembat', 'grabreg kinhuot', 'consultatiburo']) {
      start = performance.now();
      filterPlaces(exact, { query });
      alone.push(performance.now() - start);
      start = performance.now();
      findPlaces(big, { query });
      typos.push(performance.now() - start);
    }
    const f = (n: number[]): string => `${median(n).toFixed(1)} ms (max ${Math.max(...n).toFixed(1)})`;
    console.log(
      `[search typos] 10,000 places: listing the distinct words (idle time) ${words.toFixed(1)} ms; per keystroke (median): ` +
        `typing "${text}", the keystrokes that needed typos ${f(times)}; a new query, exact alone ${f(alone)}, with typos ${f(typos)}`,
    );
  });
});
