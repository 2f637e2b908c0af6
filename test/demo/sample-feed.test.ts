import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import { isOpenAt, summarizeOpenStatus } from '../../src/feed/hours.js';
import { distanceInMeters, createPlaceIndex, filterPlaces } from '../../src/feed/search.js';
import { findTerms } from '../../src/feed/glossary.js';
import { localize } from '../../src/feed/text.js';
import type { Feed, Guide, GuideStep, Place } from '../../src/feed/types.js';

// The sample feed is what a newcomer sees first and what other tests walk through, so it
// must stay free of problems and keep the study's initiatives, hours and guide intact.

let raw: unknown;
let feed: Feed;

function place(id: string): Place {
  const found = feed.places.find((p) => p.id === id);
  if (!found) throw new Error(`no place ${id}`);
  return found;
}

function activity(placeId: string, name: string) {
  const found = place(placeId).activities.find((a) => localize(a.name, 'nl') === name);
  if (!found) throw new Error(`no activity ${name} at ${placeId}`);
  return found;
}

/** Amsterdam wall-clock time in winter (UTC+1). */
const winter = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`);

before(async () => {
  const response = await fetch('/demo/feeds/den-bosch.json');
  expect(response.ok, 'the demo feed is served').to.be.true;
  raw = await response.json();
  feed = validateFeed(raw).feed;
});

describe('sample feed den-bosch.json', () => {
  it('validates with zero errors and zero warnings, and nothing is dropped', () => {
    const { problems } = validateFeed(raw);
    expect(problems.map((p) => `${p.severity} ${p.code} ${p.path}`)).to.deep.equal([]);
    const input = raw as { places: unknown[]; opportunities: unknown[]; glossary: unknown[] };
    expect(feed.places).to.have.length(input.places.length);
    expect(feed.opportunities).to.have.length(input.opportunities.length);
    expect(feed.glossary).to.have.length(input.glossary.length);
  });

  it('is marked as sample data of a fictitious publisher', () => {
    expect(feed.sample).to.be.true;
    expect(feed.version).to.equal('1.0');
    expect(feed.language).to.equal('nl');
    expect(feed.publisher.name).to.include('(voorbeeld)');
    expect(feed.publisher.url).to.equal('https://wijkkrant.example/');
  });

  it('names the initiatives of the study, with all three kinds', () => {
    const ids = feed.places.map((p) => p.id);
    for (const id of ['wijkplaats', 'kruimel', 'smjh', 'mim', 'home-start', 'cjg-oost', 'git', 'samen-beter', 'wijkplatform-oost']) {
      expect(ids).to.include(id);
    }
    expect(feed.places.length).to.be.at.least(15);
    expect(place('wijkplaats').kind).to.equal('informal-initiative');
    expect(place('home-start').kind).to.equal('volunteer-organisation');
    expect(place('git').kind).to.equal('professional-service');
    expect(localize(place('kruimel').activities.find((a) => localize(a.name) === 'Moedergroep')?.name)).to.equal('Moedergroep');
  });

  it('places every located place within 1.5 km of one of its own areas, and not all on one point', () => {
    const areas = new Map(feed.areas.map((a) => [a.id, a]));
    const points = new Set<string>();
    for (const p of feed.places) {
      if (!p.location) continue;
      points.add(`${p.location.lat},${p.location.lng}`);
      const nearest = Math.min(...p.areas.map((id) => distanceInMeters(p.location!, areas.get(id)!.center)));
      expect(nearest, p.id).to.be.below(1500);
    }
    expect(points.size).to.equal(feed.places.filter((p) => p.location).length);
    // Boschveld lies west of the station, Oost east of the city centre.
    expect(place('wijkplaats').location!.lng).to.be.below(5.3);
    expect(place('kruimel').location!.lng).to.be.above(5.31);
  });

  it('keeps the places that come to your home off the map, and says so', () => {
    for (const id of ['home-start', 'mim', 'git']) {
      expect(place(id).location, id).to.be.undefined;
      expect(localize(place(id).description), id).to.match(/komt|komen/);
    }
  });

  it('has the walk-in times of De Wijkplaats, in Europe/Amsterdam, with holiday exceptions', () => {
    const inloop = activity('wijkplaats', 'Koffie-inloop').schedule;
    expect(isOpenAt(inloop, winter('2026-12-01', '10:00')), 'Tuesday 10:00').to.be.true;
    expect(isOpenAt(inloop, winter('2026-12-01', '11:45')), 'Tuesday 11:45').to.be.false;
    expect(isOpenAt(inloop, winter('2026-12-02', '10:00')), 'Wednesday 10:00').to.be.false;
    expect(isOpenAt(inloop, winter('2026-12-24', '10:00')), 'Christmas Eve').to.be.false;
    expect(summarizeOpenStatus(inloop, winter('2026-12-01', '10:00'))).to.equal('Nu open tot 11:30');

    const girls = activity('wijkplaats', 'Meiden-speelmiddag');
    expect(girls.audience).to.deep.include({ minAge: 5, maxAge: 8 });
    expect(isOpenAt(girls.schedule, winter('2026-12-02', '15:00')), 'Wednesday afternoon').to.be.true;
    expect(isOpenAt(activity('wijkplaats', 'Kindermiddag').schedule, winter('2026-12-04', '15:00')), 'Friday afternoon').to.be.true;

    const hours = place('wijkplaats').hours!;
    expect(isOpenAt(hours, winter('2026-12-25', '10:00')), 'Christmas Day').to.be.false;
    expect(isOpenAt(hours, winter('2026-12-23', '11:00')), 'extra Christmas opening').to.be.true;
  });

  it('finds places by filter and accent-free search', () => {
    const index = createPlaceIndex(feed.places, 'nl');
    const oost = filterPlaces(index, { areas: ['oost'] }).map((p) => p.id);
    expect(oost).to.include.members(['kruimel', 'samen-beter', 'wijkplatform-oost']);
    expect(oost).to.not.include('wijkplaats');
    expect(filterPlaces(index, { query: 'moedergroep' }).map((p) => p.id)).to.include('kruimel');
    expect(filterPlaces(index, { kinds: ['informal-initiative'] }).length).to.be.at.least(4);
    expect(filterPlaces(index, { languages: ['ar'] }).map((p) => p.id)).to.include('wijkplaats');
  });

  it('explains the jargon of the study, Veilig Thuis also under its old name AMK', () => {
    const terms = feed.glossary.map((g) => g.term);
    expect(terms).to.include.members(['CJG', 'GIT', 'GGD', 'Veilig Thuis', 'Wmo', 'MIM', 'Home-Start', 'SMJH', 'consultatiebureau', 'VVE']);
    const [, amk] = findTerms('Vroeger heette dit het AMK.', feed.glossary);
    expect((amk as { entry: { term: string } }).entry.term).to.equal('Veilig Thuis');
    for (const entry of feed.glossary) {
      expect(localize(entry.explanation, 'nl'), entry.term).to.have.length.within(20, 220);
    }
  });

  describe('guide "Ik maak me zorgen om een kind"', () => {
    let guide: Guide;
    let steps: Map<string, GuideStep>;
    before(() => {
      guide = feed.guides.find((g) => g.id === 'zorgen-om-een-kind')!;
      steps = new Map(guide.steps.map((s) => [s.id, s]));
    });

    it('has 6 to 10 steps, in Dutch and English', () => {
      expect(guide.steps.length).to.be.within(6, 10);
      expect(localize(guide.title, 'nl')).to.equal('Ik maak me zorgen om een kind');
      expect(localize(guide.title, 'en')).to.equal('I am worried about a child');
      for (const step of guide.steps) {
        const text = step.type === 'question' ? step.text : step.title;
        expect(localize(text, 'en'), step.id).to.not.equal(localize(text, 'nl'));
      }
    });

    it('reaches every step from the start, without cycles, at least 3 levels deep, ending in advice', () => {
      const seen = new Set<string>();
      let deepest = 0;
      const walk = (id: string, path: string[]) => {
        expect(path, `cycle via ${id}`).to.not.include(id);
        const step = steps.get(id);
        expect(step, `step ${id} exists`).to.exist;
        seen.add(id);
        deepest = Math.max(deepest, path.length + 1);
        if (step!.type === 'question') expect(step!.choices.length, id).to.be.at.least(2);
        if (step!.choices.length === 0) expect(step!.type, `${id} ends the walk`).to.equal('advice');
        for (const choice of step!.choices) walk(choice.next, [...path, id]);
      };
      walk(guide.start, []);
      expect([...seen].sort()).to.deep.equal([...steps.keys()].sort());
      expect(deepest).to.be.at.least(3);
    });

    it('sends danger now to 112 and keeps Veilig Thuis as the always-visible helpline', () => {
      const first = steps.get(guide.start)!;
      const danger = first.choices.find((c) => /gevaar/.test(localize(c.label, 'nl')) && /Ja/.test(localize(c.label, 'nl')))!;
      const advice = steps.get(danger.next)!;
      expect(advice.type).to.equal('advice');
      expect(JSON.stringify(advice)).to.include('"phone":"112"');
      expect(guide.emergency?.danger.phone).to.equal('112');
      expect(guide.emergency?.helpline.phone).to.equal('0800-2000');
    });

    it('gives concrete actions and contacts that exist in the feed', () => {
      const ids = new Set(feed.places.map((p) => p.id));
      const actions: string[] = [];
      for (const step of guide.steps) {
        if (step.type !== 'advice') continue;
        expect(step.actions.length, step.id).to.be.at.least(2);
        expect(step.contacts.length, step.id).to.be.at.least(1);
        actions.push(...step.actions.map((a) => localize(a, 'nl')));
        for (const contact of step.contacts) if (contact.type === 'place') expect(ids.has(contact.place), contact.place).to.be.true;
      }
      const all = actions.join(' ');
      for (const phrase of ['Kijk niet weg', 'Nodig het kind uit', 'Beloof niet', 'Schrijf', 'Veilig Thuis', 'GIT']) {
        expect(all, phrase).to.include(phrase);
      }
    });
  });

  it('offers at least 6 volunteer tasks with a place, a follow-up and known talents', () => {
    const talents = new Set(feed.signup.talents.map((t) => t.id));
    const places = new Set(feed.places.map((p) => p.id));
    expect(feed.opportunities.length).to.be.at.least(6);
    for (const o of feed.opportunities) {
      expect(places.has(o.place!), o.id).to.be.true;
      expect(localize(o.followUp), o.id).to.not.equal('');
      expect(o.minAge, o.id).to.be.at.least(16);
      for (const skill of o.skills) expect(talents.has(skill), `${o.id}: ${skill}`).to.be.true;
    }
    const titles = feed.opportunities.map((o) => localize(o.title, 'nl')).join(' | ');
    for (const word of ['Voorlezen', 'Knutselen', 'Nederlandse les', 'Home-Start', 'koffie-inloop']) expect(titles).to.include(word);
    expect(feed.signup.encoding).to.equal('json');
    expect(Object.values(feed.signup.fields).every(Boolean)).to.be.true;
    expect(localize(feed.signup.privacyText)).to.match(/bewaren.*zien.*jaar.*wissen/s);
  });
});
