/**
 * The Dutch messages for every problem code of `validateFeed`, and the function that picks a
 * table. The elements load only this when a feed has problems (they always report in Dutch);
 * messages.ts adds English for `buurtkit/feed`, the CLI and the studio.
 */
import { setProblemDescriber, type FeedProblemCode, type ItemKind, type MessageParams } from './problem-codes.js';

type Template = (p: MessageParams, item: string) => string;

/** One language: a phrase per item kind ("deze plek") and a template per code. */
export interface FeedMessageTable {
  items: Record<ItemKind, string>;
  messages: Record<FeedProblemCode, Template>;
}

export const q = (text: string | undefined): string => `"${text ?? ''}"`;

/** Dutch (B1) for feed editors: what is wrong, and what to do about it. */
const nl: FeedMessageTable = {
  items: {
    feed: 'de feed',
    place: 'deze plek',
    area: 'deze wijk',
    category: 'deze categorie',
    glossary: 'dit woord uit de woordenlijst',
    guide: 'deze wegwijzer',
    step: 'deze stap',
    choice: 'deze keuze',
    contact: 'dit contact',
    opportunity: 'deze vrijwilligersklus',
    activity: 'deze activiteit',
    talent: 'dit talent',
    period: 'deze openingstijd',
    exception: 'deze afwijkende dag',
    action: 'deze actie',
    helpline: 'dit telefoonnummer',
    value: 'deze waarde',
  },
  messages: {
    'feed.not-an-object': (p) =>
      `De feed is geen JSON-object maar ${p.value}. Begin het bestand met { en eindig met }. Er wordt niets getoond.`,
    'feed.version.missing': () =>
      'De feed heeft geen "version". We lezen hem als versie 1. Zet bovenaan: "version": "1.0".',
    'feed.version.invalid': (p) =>
      `De versie ${p.value} is geen geldig versienummer. We lezen de feed als versie 1. Schrijf bijvoorbeeld "version": "1.0".`,
    'feed.version.newer': (p) =>
      `De feed is versie ${p.value}, maar buurtkit kent alleen versie 1. We tonen wat we kunnen lezen. Werk buurtkit bij, of maak een feed van versie 1.`,
    'feed.version.older': (p) =>
      `De feed is versie ${p.value}. buurtkit leest versie 1; misschien ontbreekt er iets. Zet "version": "1.0" en controleer de velden.`,
    'feed.language.invalid': (p) =>
      `De taal ${p.value} is geen taalcode. We gebruiken "nl". Schrijf een code zoals "nl", "en" of "tr".`,
    'feed.updated.invalid': (p) =>
      `De datum ${p.value} bij "updated" kunnen we niet lezen. Schrijf bijvoorbeeld "2025-03-01" of "2025-03-01T09:30:00+01:00".`,
    'publisher.name.missing': () =>
      'De feed zegt niet wie hem maakt. Vul bij "publisher" een "name" in, zodat bewoners weten van wie de informatie komt.',
    'feed.nothing-to-show': () =>
      'In deze feed staat niets wat een bewoner kan zien: geen plekken ("places"), geen wegwijzers ("guides") en geen vrijwilligerstaken ("opportunities"). Kijk of je het goede bestand hebt, of vul minstens één plek in.',

    'field.not-a-list': (p) =>
      `Hier hoort een lijst [ … ] te staan, maar er staat ${p.value}. We slaan dit veld over. Zet de onderdelen tussen [ en ].`,
    'field.not-an-object': (p) =>
      `Hier hoort een object { … } te staan, maar er staat ${p.value}. We slaan dit veld over.`,
    'field.not-text': (p) =>
      `Hier hoort tekst te staan (tussen aanhalingstekens), maar er staat ${p.value}. We slaan dit veld over.`,
    'field.not-a-number': (p) =>
      `Hier hoort een getal te staan, maar er staat ${p.value}. Schrijf het getal zonder aanhalingstekens. We slaan dit veld over.`,
    'field.not-a-boolean': (p) =>
      `Hier hoort true of false te staan (zonder aanhalingstekens), maar er staat ${p.value}. We gebruiken false.`,
    'number.out-of-range': (p) =>
      `Het getal ${p.value} kan niet: het moet tussen ${p.min} en ${p.max} liggen. We slaan dit veld over.`,
    'list.too-long': (p) =>
      `Deze lijst is te lang. We lezen alleen de eerste ${p.max}. Maak de lijst korter of verdeel de feed.`,

    'item.unreadable': (_p, item) =>
      `We konden ${item} niet lezen. We tonen het niet. Controleer of alle velden de goede vorm hebben.`,
    'item.required': (p, item) =>
      `Het veld ${q(p.field)} ontbreekt of is leeg. Daarom tonen we ${item} niet. Vul ${q(p.field)} in.`,
    'id.too-long': (p, item) =>
      `De id is langer dan ${p.max} tekens. Daarom tonen we ${item} niet. Kies een korte id, bijvoorbeeld "wijkplaats".`,
    'id.duplicate': (p, item) =>
      `De id ${q(p.id)} komt al eerder voor. We tonen alleen de eerste; ${item} laten we weg. Geef elk onderdeel een eigen id.`,

    'id.reserved': (p, item) =>
      `De id ${q(p.id)} is een gereserveerd woord in JavaScript en mag niet. Daarom tonen we ${item} niet. Kies een andere id.`,

    'text.too-long': (p) =>
      `Deze tekst is langer dan ${p.max} tekens. We tonen alleen het begin. Maak de tekst korter.`,
    'text.bidi-control': () =>
      'In deze naam staan onzichtbare tekens die de leesrichting omdraaien. We hebben ze weggehaald. Typ de naam opnieuw, zonder te kopiëren en plakken.',
    'text.control-characters': () =>
      'In deze tekst staan onzichtbare besturingstekens. We hebben ze weggehaald. Typ de tekst opnieuw, zonder te kopiëren en plakken.',
    'text.language-key': (p) =>
      `${q(p.value)} is geen taalcode. We slaan deze vertaling over. Gebruik codes zoals "nl", "en", "ar" of "tr".`,
    'language.invalid': (p) =>
      `${p.value} is geen taalcode. We slaan hem over. Gebruik codes zoals "nl", "en", "ar" of "tr".`,

    'link.unsafe-scheme': (p) =>
      `De link begint met ${q(p.scheme)}. Dat is niet veilig en we laten hem weg. Gebruik alleen links die beginnen met https://, http://, mailto: of tel:.`,
    'link.not-web': (p) =>
      `Hier hoort een webadres (https://…), maar de link begint met ${q(p.scheme)}. We laten hem weg. Zet e-mail bij "email" en telefoon bij "phone".`,
    'link.invalid': (p) =>
      `${p.value} is geen geldig webadres. We laten het weg. Schrijf het volledige adres, bijvoorbeeld "https://www.voorbeeld.nl".`,
    'link.no-scheme': (p) =>
      `Het webadres ${p.value} begint niet met https://. We hebben https:// ervoor gezet. Controleer of het klopt.`,
    'email.invalid': (p) =>
      `${p.value} is geen geldig e-mailadres. We laten het weg. Schrijf het zo: naam@voorbeeld.nl.`,
    'email.hidden-headers': (p) =>
      `In het e-mailadres ${p.value} zit een extra stukje (zoals "bcc" of "cc") dat de mail ook naar een ander adres stuurt. Dat is niet veilig, dus we laten het adres weg. Schrijf alleen het adres zelf: naam@voorbeeld.nl.`,
    'phone.invalid': (p) =>
      `${p.value} is geen telefoonnummer. We laten het weg. Schrijf alleen het nummer, bijvoorbeeld "073 123 45 67".`,
    'color.invalid': (p) =>
      `${p.value} is geen kleurcode. We gebruiken de standaardkleur. Schrijf een code zoals "#1a7f37" of "#c00".`,
    'icon.too-long': (p) =>
      `Het icoon mag één teken of emoji zijn, maar is ${p.value}. We laten het weg.`,
    'date.invalid': (p, item) =>
      `De datum ${p.value} kunnen we niet lezen. We laten ${item} weg. Schrijf de datum als jaar-maand-dag, bijvoorbeeld "2025-04-27".`,

    'reference.unknown-category': (p) =>
      `De categorie ${q(p.id)} bestaat niet in "categories". We laten deze verwijzing weg. Controleer de spelling of voeg de categorie toe.`,
    'reference.unknown-area': (p) =>
      `De wijk ${q(p.id)} bestaat niet in "areas". We laten deze verwijzing weg. Controleer de spelling of voeg de wijk toe.`,
    'reference.unknown-place': (p, item) =>
      `De plek ${q(p.id)} bestaat niet in "places" (of is overgeslagen). We laten ${item} weg. Controleer de id van de plek.`,

    'area.center.invalid': (_p, item) =>
      `Het midden ("center") moet een object zijn met "lat" en "lng". Daarom tonen we ${item} niet. Schrijf bijvoorbeeld "center": { "lat": 51.6978, "lng": 5.3037 }.`,
    'area.center.not-a-number': (p, item) =>
      `De coördinaat ${p.value} is geen getal. Daarom tonen we ${item} niet. Schrijf een getal met een punt en zonder aanhalingstekens, bijvoorbeeld 51.6978.`,
    'area.center.out-of-range': (p, item) =>
      `De coördinaat ${p.value} ligt niet op aarde ("lat" tussen -90 en 90, "lng" tussen -180 en 180). Daarom tonen we ${item} niet.`,
    'area.center.swapped': (_p, item) =>
      `"lat" en "lng" lijken omgedraaid: in Nederland is "lat" ongeveer 51 tot 53 en "lng" ongeveer 4 tot 7. Daarom tonen we ${item} niet. Wissel de twee getallen om.`,
    'area.zoom.invalid': (p) =>
      `De zoom ${p.value} kan niet; kies een heel getal tussen 1 en 19. We gebruiken 15.`,

    'place.kind.invalid': (p, item) =>
      `De soort ${p.value} kennen we niet. Daarom tonen we ${item} niet. Kies "informal-initiative" (bewonersinitiatief), "volunteer-organisation" (vrijwilligersorganisatie) of "professional-service" (professionele hulp).`,
    'place.location.invalid': () =>
      'De plaats ("location") moet een object zijn met "lat" en "lng". De plek staat wel in de lijst, maar niet op de kaart. Schrijf bijvoorbeeld "location": { "lat": 51.6978, "lng": 5.3037 }.',
    'place.location.not-a-number': (p) =>
      `De coördinaat ${p.value} is geen getal. De plek staat wel in de lijst, maar niet op de kaart. Schrijf een getal met een punt en zonder aanhalingstekens, bijvoorbeeld 51.6978.`,
    'place.location.out-of-range': (p) =>
      `De coördinaat ${p.value} ligt niet op aarde ("lat" tussen -90 en 90, "lng" tussen -180 en 180). De plek staat wel in de lijst, maar niet op de kaart.`,
    'place.location.swapped': () =>
      '"lat" en "lng" lijken omgedraaid: zo ligt de plek ver weg, andersom ligt hij in de buurt. De plek staat wel in de lijst, maar niet op de kaart. Wissel de twee getallen om.',
    'place.location.far-away': (p) =>
      `Deze plek ligt ${p.distance} km van de dichtstbijzijnde wijk. Klopt dat? Controleer "lat" en "lng" (bijvoorbeeld op een kaart).`,

    'audience.group.unknown': (p) =>
      `De doelgroep ${p.value} kennen we niet. We slaan hem over. Kies uit "parents", "children", "youth" en "everyone".`,
    'audience.age.order': () =>
      'De leeftijd "minAge" is hoger dan "maxAge". We laten beide weg. Zet de jongste leeftijd bij "minAge" en de oudste bij "maxAge".',

    'hours.day.invalid': (p, item) =>
      `De dag ${p.value} kennen we niet. We laten ${item} weg. Gebruik "mo", "tu", "we", "th", "fr", "sa" of "su".`,
    'hours.time.invalid': (p, item) =>
      `De tijd ${p.value} kunnen we niet lezen. We laten ${item} weg. Schrijf uren en minuten met een dubbele punt, bijvoorbeeld "09:30" of "24:00".`,
    'hours.period.order': (p, item) =>
      `De sluitingstijd ${p.value} ligt niet na de openingstijd. We laten ${item} weg. Gaat iets door tot na middernacht? Maak dan twee tijden: tot "24:00" en vanaf "00:00" de volgende dag.`,
    'hours.period.overlap': () =>
      'Deze openingstijd overlapt met een andere tijd op dezelfde dag. Controleer of beide tijden kloppen.',
    'hours.exception.duplicate': (p, item) =>
      `De datum ${p.value} staat al eerder bij de afwijkende dagen. We gebruiken de eerste en laten ${item} weg.`,
    'hours.exception.closed-with-periods': () =>
      'Deze dag staat op "closed": true, maar heeft ook tijden. We houden de dag dicht. Haal "closed" of de tijden weg.',

    'glossary.term.duplicate': (p, item) =>
      `Het woord ${q(p.id)} staat al eerder in de woordenlijst. We tonen alleen de eerste uitleg en laten ${item} weg.`,

    'guide.no-steps': () =>
      'Deze wegwijzer heeft geen stappen. Bezoekers zien alleen een korte melding en de hulpnummers. Voeg vragen en adviezen toe bij "steps".',
    'guide.start.missing': (p) =>
      `De wegwijzer zegt niet met welke stap hij begint. We beginnen bij de eerste stap (${q(p.first)}). Vul "start" in met de id van de eerste vraag.`,
    'guide.start.unknown-step': (p) =>
      `De startstap ${q(p.step)} bestaat niet. We beginnen bij de eerste stap (${q(p.first)}). Controleer de id bij "start".`,
    'guide.step.type-invalid': (p, item) =>
      `Het type ${p.value} kennen we niet. We laten ${item} weg. Kies "question" (een vraag met keuzes) of "advice" (een advies).`,
    'guide.choice.unknown-step': (p, item) =>
      `De keuze verwijst naar stap ${q(p.step)}, maar die bestaat niet. We laten ${item} weg. Controleer de id bij "next".`,
    'guide.question.no-choices': () =>
      'Deze vraag heeft geen keuzes. Een bezoeker kan hier alleen terug. Voeg bij "choices" minstens één keuze toe.',
    'guide.step.no-advice': () =>
      'Vanaf deze vraag kan een bezoeker nooit bij een advies komen. Laat minstens één keuze (via andere stappen) naar een advies leiden.',
    'guide.step.unreachable': () =>
      'Geen enkele keuze leidt naar deze stap, dus bezoekers komen er niet. Laat een keuze naar deze stap wijzen, of haal hem weg.',
    'guide.cycle': (p) =>
      `Deze keuze gaat terug naar stap ${q(p.step)}, waar de bezoeker al geweest is. Dat is een rondje. Het mag, maar controleer of het zo bedoeld is.`,
    'guide.contact.type-invalid': (p, item) =>
      `Het soort contact ${p.value} kennen we niet. We laten ${item} weg. Gebruik "place" (met de id van een plek) of "inline" (met een naam en telefoon, e-mail of website).`,
    'guide.emergency.invalid': () =>
      'De hulpnummers bij "emergency" zijn niet compleet: "danger" en "helpline" hebben elk een "label" en een "phone" nodig. We tonen de standaardnummers: 112 en Veilig Thuis 0800-2000.',

    'signup.encoding.invalid': (p) =>
      `De manier van versturen ${p.value} kennen we niet. We gebruiken "json". Kies "json" of "form".`,
    'plain.abbreviation': (p) =>
      `De afkorting ${q(p.value)} staat niet in de woordenlijst. Veel bewoners kennen hem niet. Schrijf het woord voluit, of zet ${q(p.value)} met uitleg in "glossary". In de zin: ${q(p.sentence)}`,
    'plain.sentence-too-long': (p) =>
      `Deze zin heeft ${p.words} woorden. Meer dan ${p.max} is lastig te lezen. Maak er twee of drie korte zinnen van: ${q(p.sentence)}`,
    'plain.reading-level': (p) =>
      `Deze tekst is moeilijker dan B1 (Flesch-Douma ${p.score}, voor B1 minstens ${p.min}). Gebruik kortere zinnen en kortere, gewone woorden. De moeilijkste zin: ${q(p.sentence)}`,
  },
};

const tables = new Map<string, FeedMessageTable>([['nl', nl]]);

/** Adds a language for feed messages: one table, like the element translations. */
export function registerFeedMessages(lang: string, table: FeedMessageTable): void {
  tables.set(lang.toLowerCase(), table);
}

/** The message for `code` in `lang` ("en-GB" → "en"), falling back to Dutch. */
export function feedMessage(code: FeedProblemCode, params: MessageParams = {}, lang = 'nl'): string {
  const key = lang.toLowerCase();
  const table = tables.get(key) ?? tables.get(key.split('-')[0]!) ?? nl;
  const item = table.items[params.item ?? 'value'];
  return table.messages[code](params, item);
}

setProblemDescriber(feedMessage);
