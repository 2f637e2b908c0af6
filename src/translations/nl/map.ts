/** Dutch strings of <buurt-map>: only a page with a map loads them. */
import { decimal, plural } from '../format.js';
import { addDutch } from '../registry.js';

const map = {
  mapLabel: 'Kaart en lijst van plekken in de buurt',
  mapRegion: 'Kaart. Schuif met de pijltjestoetsen, zoom met plus en min. De lijst bevat dezelfde plekken.',
  mapViewSwitch: 'Weergave',
  mapShowMap: 'Kaart',
  mapShowList: 'Lijst',
  mapSearch: 'Zoeken',
  mapSearchHint: 'Bijvoorbeeld koffie, taal of een naam',
  mapFilters: 'Filters',
  mapActiveFilters: (count: number) => plural('nl', count, { one: '# filter aan', other: '# filters aan' }),
  mapFilterKind: 'Soort',
  mapFilterCategory: 'Onderwerp',
  mapFilterArea: 'Wijk',
  mapFilterAge: 'Leeftijd',
  mapFilterLanguage: 'Taal',
  mapFilterAll: 'Alles',
  mapFilterOpenNow: 'Nu open',
  mapClearFilters: 'Wis de filters',
  mapAgeGroup: (min: number, max: number | undefined) =>
    max === undefined ? `${min} jaar en ouder` : `${min} tot en met ${max} jaar`,
  mapCount: (count: number) =>
    count === 0 ? 'Geen plekken gevonden' : plural('nl', count, { one: '# plek gevonden', other: '# plekken gevonden' }),
  // Results for a similar spelling: the search text as typed was nowhere (see findPlaces).
  mapCountSimilar: (count: number) =>
    `Niets gevonden met deze spelling. ${plural('nl', count, { one: 'Wel # plek met een woord dat erop lijkt.', other: 'Wel # plekken met een woord dat erop lijkt.' })}`,
  mapNoResults: 'Geen plekken gevonden met deze filters.',
  mapNoResultsHelp: 'Zoek op een ander woord, of wis de filters om alle plekken te zien.',
  mapNoPlaces: 'Er staan nog geen plekken in deze informatie.',
  mapShowMore: (shown: number, total: number) => `Toon meer (${shown} van ${total})`,
  mapNearMe: 'Bij mij in de buurt',
  mapNearMeBusy: 'Je locatie zoeken…',
  mapNearMeActive: 'Gesorteerd op afstand van jouw locatie.',
  mapNearMeStop: 'Niet meer sorteren op afstand',
  mapNearMeDenied:
    'Je hebt geen toestemming gegeven om je locatie te gebruiken. Dat is goed: kies een wijk bij de filters, of zoek op een straat of naam.',
  mapNearMeFailed: 'Je locatie kon niet worden gevonden. Kies een wijk bij de filters, of zoek op een straat of naam.',
  mapNearMeUnsupported: 'Deze browser kan je locatie niet geven. Kies een wijk bij de filters, of zoek op een straat of naam.',
  mapDistance: (meters: number) =>
    meters < 1000 ? `${Math.round(meters / 10) * 10} meter` : `${decimal('nl', meters / 1000)} km`,
  mapNoLocation: 'Geen adres op de kaart',
  mapLegend: 'Uitleg van de tekens',
  mapKindLetterInformal: 'B',
  mapKindLetterVolunteer: 'V',
  mapKindLetterProfessional: 'P',
  mapPlaces: 'Plekken',
  mapOpenDetails: (name: string) => `${name}, meer informatie`,
  mapDetails: 'Over deze plek',
  mapBackToList: 'Terug naar de lijst',
  mapShowOnMap: 'Toon op de kaart',
  mapForWhom: 'Voor wie',
  mapAudienceParents: 'ouders',
  mapAudienceChildren: 'kinderen',
  mapAudienceYouth: 'jongeren',
  mapAudienceEveryone: 'iedereen',
  mapAges: (min: number | undefined, max: number | undefined) =>
    min !== undefined && max !== undefined
      ? `${min} tot en met ${max} jaar`
      : min !== undefined
        ? `vanaf ${min} jaar`
        : max !== undefined
          ? `tot en met ${max} jaar`
          : '',
  mapAddress: 'Adres',
  mapHours: 'Openingstijden',
  mapClosedDay: 'Gesloten',
  mapHoursUnknown: 'Geen vaste openingstijden bekend.',
  mapExceptions: 'Andere tijden',
  mapActivities: 'Inloop en activiteiten',
  mapLanguages: 'Talen die er gesproken worden',
  mapContact: 'Contact',
  mapPhone: (phone: string) => `Bel ${phone}`,
  mapEmail: (email: string) => `Mail ${email}`,
  mapWebsite: 'Website',
  mapAccessibility: 'Toegankelijkheid',
  mapSource: 'Bron:',
  mapLastChecked: (date: string) => `Gegevens gecontroleerd op ${date}.`,
  mapShareLink: 'Link naar deze plek',
  mapMarkerCluster: (count: number) => plural('nl', count, { one: '# plek, klik om in te zoomen', other: '# plekken, klik om in te zoomen' }),
  mapLoadingMap: 'De kaart wordt geladen…',
  mapMapFailed: 'De kaart kon niet worden geladen. De lijst werkt wel.',
  mapTilesFailed: 'De achtergrond van de kaart kan niet worden geladen. De plekken en de lijst werken wel.',
  mapTilesShow: (source: string) => `Kaart met straten tonen — de kaart komt van ${source}`,
  mapTilesWhy: (source: string) =>
    `Nu zie je de plekken zonder straten. Druk je op de knop, dan haalt je browser de kaart op bij ${source}. Die ziet dan je IP-adres (het nummer van je internetverbinding). We onthouden je keuze 6 maanden op dit apparaat.`,
  mapTilesHide: 'Kaart met straten uitzetten',
  mapTilesPdok: 'PDOK (Kadaster)',
  mapDefaultAttribution: 'Kaartgegevens © Kadaster',
  mapZoomIn: 'Inzoomen',
  mapZoomOut: 'Uitzoomen',
};

// Registered on import: the element that shows these strings imports this module.
addDutch(map);

export default map;
