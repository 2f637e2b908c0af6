/** Dutch and English messages for every problem code of `validateFeed` (Dutch: messages-nl.ts). */
import { q, registerFeedMessages, type FeedMessageTable } from './messages-nl.js';

export { PROBLEM_CODES, PROBLEM_SEVERITY } from './problem-codes.js';
export type { FeedProblemCode, ItemKind, MessageParams } from './problem-codes.js';
export { feedMessage, registerFeedMessages, type FeedMessageTable } from './messages-nl.js';

/** English, for developers and editors who read English more easily. */
const en: FeedMessageTable = {
  items: {
    feed: 'the feed',
    place: 'this place',
    area: 'this area',
    category: 'this category',
    glossary: 'this glossary entry',
    guide: 'this guide',
    step: 'this step',
    choice: 'this choice',
    contact: 'this contact',
    opportunity: 'this volunteer opportunity',
    activity: 'this activity',
    talent: 'this talent',
    period: 'this opening time',
    exception: 'this exceptional date',
    action: 'this action',
    helpline: 'this phone line',
    value: 'this value',
  },
  messages: {
    'feed.not-an-object': (p) =>
      `The feed is not a JSON object but ${p.value}. Start the file with { and end it with }. Nothing is shown.`,
    'feed.version.missing': () =>
      'The feed has no "version". We read it as version 1. Add "version": "1.0" at the top.',
    'feed.version.invalid': (p) =>
      `The version ${p.value} is not a valid version number. We read the feed as version 1. Write for example "version": "1.0".`,
    'feed.version.newer': (p) =>
      `The feed is version ${p.value}, but buurtkit only knows version 1. We show what we can read. Update buurtkit, or publish a version 1 feed.`,
    'feed.version.older': (p) =>
      `The feed is version ${p.value}. buurtkit reads version 1; something may be missing. Set "version": "1.0" and check the fields.`,
    'feed.language.invalid': (p) =>
      `The language ${p.value} is not a language code. We use "nl". Write a code such as "nl", "en" or "tr".`,
    'feed.updated.invalid': (p) =>
      `We cannot read the date ${p.value} in "updated". Write for example "2025-03-01" or "2025-03-01T09:30:00+01:00".`,
    'publisher.name.missing': () =>
      'The feed does not say who publishes it. Add a "name" under "publisher", so residents know where the information comes from.',
    'feed.nothing-to-show': () =>
      'This feed holds nothing a resident can see: no places, no guides and no volunteer tasks (opportunities). Check that this is the right file, or add at least one place.',

    'field.not-a-list': (p) =>
      `A list [ … ] belongs here, but it holds ${p.value}. We skip this field. Put the items between [ and ].`,
    'field.not-an-object': (p) => `An object { … } belongs here, but it holds ${p.value}. We skip this field.`,
    'field.not-text': (p) =>
      `Text (in quotes) belongs here, but it holds ${p.value}. We skip this field.`,
    'field.not-a-number': (p) =>
      `A number belongs here, but it holds ${p.value}. Write the number without quotes. We skip this field.`,
    'field.not-a-boolean': (p) =>
      `true or false (without quotes) belongs here, but it holds ${p.value}. We use false.`,
    'number.out-of-range': (p) =>
      `The number ${p.value} is not possible: it must be between ${p.min} and ${p.max}. We skip this field.`,
    'list.too-long': (p) =>
      `This list is too long. We only read the first ${p.max}. Shorten the list or split the feed.`,

    'item.unreadable': (_p, item) =>
      `We could not read ${item}, so it is not shown. Check that every field has the right form.`,
    'item.required': (p, item) =>
      `The field ${q(p.field)} is missing or empty, so ${item} is not shown. Fill in ${q(p.field)}.`,
    'id.too-long': (p, item) =>
      `The id is longer than ${p.max} characters, so ${item} is not shown. Choose a short id, such as "wijkplaats".`,
    'id.duplicate': (p, item) =>
      `The id ${q(p.id)} is used before. We only show the first; ${item} is left out. Give every item its own id.`,

    'id.reserved': (p, item) =>
      `The id ${q(p.id)} is a reserved word in JavaScript and cannot be used, so ${item} is not shown. Choose another id.`,

    'text.too-long': (p) =>
      `This text is longer than ${p.max} characters. We only show the beginning. Shorten the text.`,
    'text.bidi-control': () =>
      'This name holds invisible characters that reverse the reading direction. We removed them. Type the name again instead of copying and pasting it.',
    'text.control-characters': () =>
      'This text holds invisible control characters. We removed them. Type the text again instead of copying and pasting it.',
    'text.language-key': (p) =>
      `${q(p.value)} is not a language code. We skip this translation. Use codes such as "nl", "en", "ar" or "tr".`,
    'language.invalid': (p) =>
      `${p.value} is not a language code. We skip it. Use codes such as "nl", "en", "ar" or "tr".`,

    'link.unsafe-scheme': (p) =>
      `The link starts with ${q(p.scheme)}. That is not safe, so we leave it out. Only use links that start with https://, http://, mailto: or tel:.`,
    'link.not-web': (p) =>
      `A web address (https://…) belongs here, but the link starts with ${q(p.scheme)}. We leave it out. Put e-mail under "email" and phone numbers under "phone".`,
    'link.invalid': (p) =>
      `${p.value} is not a valid web address. We leave it out. Write the full address, for example "https://www.example.nl".`,
    'link.no-scheme': (p) =>
      `The web address ${p.value} does not start with https://. We added https://. Check that it is right.`,
    'email.invalid': (p) =>
      `${p.value} is not a valid e-mail address. We leave it out. Write it like this: name@example.nl.`,
    'email.hidden-headers': (p) =>
      `The e-mail address ${p.value} carries an extra part (such as "bcc" or "cc") that also sends the mail to another address. That is not safe, so we leave the address out. Write only the address itself: name@example.nl.`,
    'phone.invalid': (p) =>
      `${p.value} is not a phone number. We leave it out. Write only the number, for example "073 123 45 67".`,
    'color.invalid': (p) =>
      `${p.value} is not a colour code. We use the default colour. Write a code such as "#1a7f37" or "#c00".`,
    'icon.too-long': (p) => `The icon may be one character or emoji, but it is ${p.value}. We leave it out.`,
    'date.invalid': (p, item) =>
      `We cannot read the date ${p.value}, so ${item} is left out. Write the date as year-month-day, for example "2025-04-27".`,

    'reference.unknown-category': (p) =>
      `The category ${q(p.id)} does not exist in "categories". We leave this reference out. Check the spelling or add the category.`,
    'reference.unknown-area': (p) =>
      `The area ${q(p.id)} does not exist in "areas". We leave this reference out. Check the spelling or add the area.`,
    'reference.unknown-place': (p, item) =>
      `The place ${q(p.id)} does not exist in "places" (or was skipped), so ${item} is left out. Check the id of the place.`,

    'area.center.invalid': (_p, item) =>
      `The centre ("center") must be an object with "lat" and "lng", so ${item} is not shown. Write for example "center": { "lat": 51.6978, "lng": 5.3037 }.`,
    'area.center.not-a-number': (p, item) =>
      `The coordinate ${p.value} is not a number, so ${item} is not shown. Write a number with a dot and without quotes, for example 51.6978.`,
    'area.center.out-of-range': (p, item) =>
      `The coordinate ${p.value} is not on earth ("lat" between -90 and 90, "lng" between -180 and 180), so ${item} is not shown.`,
    'area.center.swapped': (_p, item) =>
      `"lat" and "lng" seem swapped: in the Netherlands "lat" is about 51 to 53 and "lng" about 4 to 7. So ${item} is not shown. Swap the two numbers.`,
    'area.zoom.invalid': (p) => `The zoom ${p.value} is not possible; choose a whole number from 1 to 19. We use 15.`,

    'place.kind.invalid': (p, item) =>
      `We do not know the kind ${p.value}, so ${item} is not shown. Choose "informal-initiative", "volunteer-organisation" or "professional-service".`,
    'place.location.invalid': () =>
      'The location must be an object with "lat" and "lng". The place is listed, but not on the map. Write for example "location": { "lat": 51.6978, "lng": 5.3037 }.',
    'place.location.not-a-number': (p) =>
      `The coordinate ${p.value} is not a number. The place is listed, but not on the map. Write a number with a dot and without quotes, for example 51.6978.`,
    'place.location.out-of-range': (p) =>
      `The coordinate ${p.value} is not on earth ("lat" between -90 and 90, "lng" between -180 and 180). The place is listed, but not on the map.`,
    'place.location.swapped': () =>
      '"lat" and "lng" seem swapped: as written the place is far away, the other way round it is nearby. The place is listed, but not on the map. Swap the two numbers.',
    'place.location.far-away': (p) =>
      `This place is ${p.distance} km from the nearest area. Is that right? Check "lat" and "lng" (on a map, for example).`,

    'audience.group.unknown': (p) =>
      `We do not know the group ${p.value}. We skip it. Choose from "parents", "children", "youth" and "everyone".`,
    'audience.age.order': () =>
      '"minAge" is higher than "maxAge". We leave both out. Put the youngest age in "minAge" and the oldest in "maxAge".',

    'hours.day.invalid': (p, item) =>
      `We do not know the day ${p.value}, so ${item} is left out. Use "mo", "tu", "we", "th", "fr", "sa" or "su".`,
    'hours.time.invalid': (p, item) =>
      `We cannot read the time ${p.value}, so ${item} is left out. Write hours and minutes with a colon, for example "09:30" or "24:00".`,
    'hours.period.order': (p, item) =>
      `The closing time ${p.value} is not after the opening time, so ${item} is left out. Does it run past midnight? Then write two periods: until "24:00", and from "00:00" the next day.`,
    'hours.period.overlap': () =>
      'This opening time overlaps with another one on the same day. Check that both are right.',
    'hours.exception.duplicate': (p, item) =>
      `The date ${p.value} is already listed among the exceptional dates. We use the first and leave ${item} out.`,
    'hours.exception.closed-with-periods': () =>
      'This date says "closed": true but also has times. We keep it closed. Remove "closed" or the times.',

    'glossary.term.duplicate': (p, item) =>
      `The term ${q(p.id)} is already in the glossary. We only show the first explanation and leave ${item} out.`,

    'guide.no-steps': () =>
      'This guide has no steps. Visitors only see a short notice and the help lines. Add questions and advice under "steps".',
    'guide.start.missing': (p) =>
      `The guide does not say which step comes first. We start at the first step (${q(p.first)}). Set "start" to the id of the first question.`,
    'guide.start.unknown-step': (p) =>
      `The start step ${q(p.step)} does not exist. We start at the first step (${q(p.first)}). Check the id in "start".`,
    'guide.step.type-invalid': (p, item) =>
      `We do not know the type ${p.value}, so ${item} is left out. Choose "question" (a question with choices) or "advice".`,
    'guide.choice.unknown-step': (p, item) =>
      `The choice leads to step ${q(p.step)}, which does not exist. We leave ${item} out. Check the id in "next".`,
    'guide.question.no-choices': () =>
      'This question has no choices. A visitor can only go back from here. Add at least one choice under "choices".',
    'guide.step.no-advice': () =>
      'From this question a visitor can never reach any advice. Make at least one choice lead (through other steps) to an advice step.',
    'guide.step.unreachable': () =>
      'No choice leads to this step, so visitors never see it. Point a choice at it, or remove it.',
    'guide.cycle': (p) =>
      `This choice leads back to step ${q(p.step)}, where the visitor has already been: a loop. That is allowed, but check that it is meant.`,
    'guide.contact.type-invalid': (p, item) =>
      `We do not know the contact type ${p.value}, so ${item} is left out. Use "place" (with a place id) or "inline" (with a name and a phone, e-mail or website).`,
    'guide.emergency.invalid': () =>
      'The help lines under "emergency" are incomplete: "danger" and "helpline" each need a "label" and a "phone". We show the default lines: 112 and Veilig Thuis 0800-2000.',

    'signup.encoding.invalid': (p) =>
      `We do not know the sending method ${p.value}. We use "json". Choose "json" or "form".`,
    'plain.abbreviation': (p) =>
      `The abbreviation ${q(p.value)} is not in the glossary. Many residents do not know it. Write it out, or add ${q(p.value)} with an explanation to "glossary". In the sentence: ${q(p.sentence)}`,
    'plain.sentence-too-long': (p) =>
      `This sentence has ${p.words} words. More than ${p.max} is hard to read. Make two or three short sentences of it: ${q(p.sentence)}`,
    'plain.reading-level': (p) =>
      `This text is harder than B1 (Flesch-Douma ${p.score}, B1 needs at least ${p.min}). Use shorter sentences and shorter, everyday words. The hardest sentence: ${q(p.sentence)}`,
  },
};

registerFeedMessages('en', en);
