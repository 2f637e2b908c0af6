import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { renderPlaceDetails } from '../../../src/components/map/place-details.js';
import type { Translate } from '../../../src/translations/registry.js';
import { validateFeed } from '../../../src/feed/validate.js';
import { term } from '../../../src/translations/registry.js';

/** The details of one place, rendered on their own as the map renders them. */
async function details(contact: Record<string, string>): Promise<HTMLElement> {
  const { feed } = validateFeed({
    version: '1.0',
    publisher: { name: 'Testkrant' },
    places: [{ id: 'a', name: 'De Wijkplaats', kind: 'informal-initiative', contact }],
  });
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const t = ((key, ...args) => term('nl', key, ...args)) as Translate;
  render(
    renderPlaceDetails({
      place: feed.places[0]!,
      feed,
      lang: 'nl',
      now: new Date('2026-03-02T09:00:00Z'),
      t,
      shareUrl: '#plek=a',
      canShowOnMap: false,
      onClose: () => undefined,
      onShowOnMap: () => undefined,
    }),
    host,
  );
  return host;
}

describe('place details (map)', () => {
  it('calls +31 (0)73 123 45 67 as tel:+31731234567, not tel:+310731234567', async () => {
    const host = await details({ phone: '+31 (0)73 123 45 67' });
    expect(host.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+31731234567');
  });

  it('links a plain e-mail address and a website', async () => {
    const host = await details({ email: 'info@wijkplaats.example', website: 'https://wijkplaats.example' });
    expect(host.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:info@wijkplaats.example');
    expect(host.querySelector('a[href^="https:"]')!.getAttribute('href')).to.equal('https://wijkplaats.example/');
  });
});
