/**
 * Language names as editors type them in a spreadsheet cell ("Nederlands, Arabisch, Turks"),
 * in Dutch or English, and the codes the feed keeps. A fixed table rather than
 * `Intl.DisplayNames`, so a cell reads the same in every browser and in Node.
 */

/** The Dutch name first: that is the one written back into a spreadsheet. */
const NAMES: Record<string, readonly string[]> = {
  nl: ['Nederlands', 'dutch', 'vlaams'],
  en: ['Engels', 'english'],
  ar: ['Arabisch', 'arabic'],
  tr: ['Turks', 'turkish'],
  ber: ['Berbers', 'tamazight', 'tamazigt', 'riffijns', 'tarifit', 'berber'],
  pl: ['Pools', 'polish'],
  de: ['Duits', 'german'],
  fr: ['Frans', 'french'],
  es: ['Spaans', 'spanish'],
  pt: ['Portugees', 'portuguese'],
  it: ['Italiaans', 'italian'],
  pap: ['Papiaments', 'papiamento', 'papiamentu'],
  srn: ['Sranantongo', 'sranan', 'surinaams'],
  uk: ['Oekraïens', 'oekraiens', 'ukrainian'],
  ru: ['Russisch', 'russian'],
  ro: ['Roemeens', 'romanian'],
  bg: ['Bulgaars', 'bulgarian'],
  hu: ['Hongaars', 'hungarian'],
  so: ['Somalisch', 'somali'],
  ti: ['Tigrinya', 'tigrinya', 'tigrinia'],
  am: ['Amhaars', 'amharic'],
  fa: ['Perzisch', 'farsi', 'persian'],
  prs: ['Dari'],
  ps: ['Pasjtoe', 'pashto', 'pasjto'],
  ku: ['Koerdisch', 'kurdish'],
  ur: ['Urdu'],
  hi: ['Hindi', 'hindostaans', 'sarnami'],
  zh: ['Chinees', 'chinese', 'mandarijn', 'mandarin'],
  vi: ['Vietnamees', 'vietnamese'],
  id: ['Indonesisch', 'indonesian'],
  sgn: ['Gebarentaal', 'ngt', 'sign language'],
};

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES)) {
  for (const name of names) BY_NAME.set(fold(name), code);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
}

/** A code for a name or code in a cell; undefined when it is neither. */
export function languageCode(word: string): string | undefined {
  const folded = fold(word);
  const named = BY_NAME.get(folded);
  if (named) return named;
  // A code as the feed writes it: "nl", "pt-BR", "ber".
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(word.trim()) ? word.trim() : undefined;
}

/** The Dutch name of a code, for writing a cell; the code itself when the table has none. */
export function dutchLanguageName(code: string): string {
  return NAMES[code]?.[0] ?? code;
}
