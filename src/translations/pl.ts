/**
 * Polski. MACHINE-MADE: translated by a language model from the plain Dutch (B1) in nl.ts,
 * not yet read by a native speaker. Corrections are welcome: see docs/vertalingen.md.
 */
import { decimal, plural } from './format.js';
import type { Translation } from './nl.js';

const pl: Translation = {
  $code: 'pl',
  $name: 'Polski',
  $dir: 'ltr',
  $locale: 'pl-PL',

  // --- common ---
  loading: 'Ładowanie…',
  loadError: 'Nie udało się załadować informacji. Spróbuj ponownie później.',
  loadErrorOffline: 'Nie ma połączenia z internetem. Spróbuj ponownie później.',
  showingCachedCopy: (age: string) => `Widzisz zapisaną wersję z ${age}.`,
  sourcesFailed: 'Nie udało się załadować wszystkich informacji. Widzisz to, co jest.',
  sampleData: 'Dane przykładowe: te informacje nie są prawdziwe.',
  noFeed: 'Dla tej części nie ustawiono informacji.',
  close: 'Zamknij',
  explainTerm: (term: string) => `Wyjaśnienie: ${term}`,
  kindInformal: 'Inicjatywa mieszkańców',
  kindVolunteer: 'Organizacja wolontariuszy',
  kindProfessional: 'Pomoc profesjonalna',
  languageFallback: (code: string) =>
    new Map([['ber', 'Berberyjski (tamazight)'], ['rif', 'Tarifit'], ['tzm', 'Tamazight'], ['zgh', 'Tamazight'], ['kab', 'Kabylski']]).get(code.toLowerCase()) ?? '',
  opensInNewWindow: '(otwiera się w nowym oknie)',
  // --- end common ---

  // --- opening hours (map and guide) ---
  hoursOpenUntil: (time: string) => `Teraz otwarte do ${time}`,
  hoursOpenNow: 'Teraz otwarte',
  hoursClosedNow: 'Teraz zamknięte',
  hoursAgainToday: (time: string) => `Znowu otwarte o ${time}`,
  hoursAgainTomorrow: (time: string) => `Znowu otwarte jutro o ${time}`,
  hoursAgainOnWeekday: (weekday: string, time: string) => `Znowu otwarte: ${weekday} ${time}`,
  hoursAgainOnDate: (date: string) => `Znowu otwarte: ${date}`,
  hoursTomorrow: 'jutro',
  hoursClosedOn: (date: string) => `Zamknięte: ${date}`,
  // A dash, not "od … do": those need the genitive ("od środy"), and Intl names days in the nominative.
  hoursClosedFromTo: (from: string, to: string) => `Zamknięte: ${from} – ${to}`,
  hoursOpenOn: (date: string, periods: string) => `${date}: otwarte ${periods}`,
  // --- end opening hours ---

  // --- map ---
  mapLabel: 'Mapa i lista miejsc w okolicy',
  mapRegion: 'Mapa. Przesuwaj strzałkami, powiększaj plusem i minusem. Lista ma te same miejsca.',
  mapViewSwitch: 'Widok',
  mapShowMap: 'Mapa',
  mapShowList: 'Lista',
  mapSearch: 'Szukaj',
  mapSearchHint: 'Na przykład kawa, język albo nazwa',
  mapFilters: 'Filtry',
  mapActiveFilters: (count: number) =>
    plural('pl', count, { one: '# filtr włączony', few: '# filtry włączone', many: '# filtrów włączonych', other: '# filtra włączone' }),
  mapFilterKind: 'Rodzaj',
  mapFilterCategory: 'Temat',
  mapFilterArea: 'Dzielnica',
  mapFilterAge: 'Wiek',
  mapFilterLanguage: 'Język',
  mapFilterAll: 'Wszystko',
  mapFilterOpenNow: 'Teraz otwarte',
  mapClearFilters: 'Wyczyść filtry',
  mapAgeGroup: (min: number, max: number | undefined) =>
    max === undefined ? plural('pl', min, { one: '# rok i więcej', few: '# lata i więcej', many: '# lat i więcej', other: '# roku i więcej' }) : `${min}–${max} lat`,
  mapCount: (count: number) =>
    count === 0
      ? 'Nie znaleziono miejsc'
      : plural('pl', count, { one: 'Znaleziono # miejsce', few: 'Znaleziono # miejsca', many: 'Znaleziono # miejsc', other: 'Znaleziono # miejsca' }),
  mapCountSimilar: (count: number) =>
    `Brak wyników dla tej pisowni. ${plural('pl', count, {
      one: 'Ale znaleziono # miejsce z podobnym słowem.',
      few: 'Ale znaleziono # miejsca z podobnym słowem.',
      many: 'Ale znaleziono # miejsc z podobnym słowem.',
      other: 'Ale znaleziono # miejsca z podobnym słowem.',
    })}`,
  mapNoResults: 'Nie znaleziono miejsc z tymi filtrami.',
  mapNoResultsHelp: 'Szukaj innego słowa albo wyczyść filtry, aby zobaczyć wszystkie miejsca.',
  mapNoPlaces: 'W tych informacjach nie ma jeszcze miejsc.',
  mapShowMore: (shown: number, total: number) => `Pokaż więcej (${shown} z ${total})`,
  mapNearMe: 'Blisko mnie',
  mapNearMeBusy: 'Szukam twojej lokalizacji…',
  mapNearMeActive: 'Posortowane według odległości od ciebie.',
  mapNearMeStop: 'Nie sortuj już według odległości',
  mapNearMeDenied:
    'Nie zgodziłeś się na użycie lokalizacji. To w porządku: wybierz dzielnicę w filtrach albo szukaj ulicy lub nazwy.',
  mapNearMeFailed: 'Nie udało się znaleźć twojej lokalizacji. Wybierz dzielnicę w filtrach albo szukaj ulicy lub nazwy.',
  mapNearMeUnsupported: 'Ta przeglądarka nie podaje lokalizacji. Wybierz dzielnicę w filtrach albo szukaj ulicy lub nazwy.',
  mapDistance: (meters: number) =>
    meters < 1000 ? `${Math.round(meters / 10) * 10} m` : `${decimal('pl', meters / 1000)} km`,
  mapNoLocation: 'Brak adresu na mapie',
  mapLegend: 'Co znaczą znaki',
  mapKindLetterInformal: 'M',
  mapKindLetterVolunteer: 'W',
  mapKindLetterProfessional: 'P',
  mapPlaces: 'Miejsca',
  mapOpenDetails: (name: string) => `${name}, więcej informacji`,
  mapDetails: 'O tym miejscu',
  mapBackToList: 'Wróć do listy',
  mapShowOnMap: 'Pokaż na mapie',
  mapForWhom: 'Dla kogo',
  mapAudienceParents: 'rodzice',
  mapAudienceChildren: 'dzieci',
  mapAudienceYouth: 'młodzież',
  mapAudienceEveryone: 'wszyscy',
  mapAges: (min: number | undefined, max: number | undefined) =>
    min !== undefined && max !== undefined
      ? `${min}–${max} lat`
      : min !== undefined
        ? `od ${min} lat`
        : max !== undefined
          ? `do ${max} lat`
          : '',
  mapAddress: 'Adres',
  mapHours: 'Godziny otwarcia',
  mapClosedDay: 'Zamknięte',
  mapHoursUnknown: 'Nie znamy stałych godzin otwarcia.',
  mapExceptions: 'Inne godziny',
  mapActivities: 'Wejście bez zapisów i zajęcia',
  mapLanguages: 'Języki, którymi się tam mówi',
  mapContact: 'Kontakt',
  mapPhone: (phone: string) => `Zadzwoń: ${phone}`,
  mapEmail: (email: string) => `Napisz: ${email}`,
  mapWebsite: 'Strona internetowa',
  mapAccessibility: 'Dostępność',
  mapSource: 'Źródło:',
  mapLastChecked: (date: string) => `Dane sprawdzone: ${date}.`,
  mapShareLink: 'Link do tego miejsca',
  mapMarkerCluster: (count: number) =>
    plural('pl', count, {
      one: '# miejsce, kliknij, aby powiększyć',
      few: '# miejsca, kliknij, aby powiększyć',
      many: '# miejsc, kliknij, aby powiększyć',
      other: '# miejsca, kliknij, aby powiększyć',
    }),
  mapLoadingMap: 'Ładowanie mapy…',
  mapMapFailed: 'Nie udało się załadować mapy. Lista działa.',
  mapTilesFailed: 'Nie można załadować tła mapy. Miejsca i lista działają.',
  mapTilesShow: (source: string) => `Pokaż mapę z ulicami — mapa pochodzi z ${source}`,
  mapTilesWhy: (source: string) =>
    `Teraz widzisz miejsca bez ulic. Gdy naciśniesz przycisk, twoja przeglądarka pobierze mapę z ${source}. Ta usługa widzi wtedy twój adres IP (numer twojego połączenia z internetem). Zapamiętamy twój wybór na 6 miesięcy na tym urządzeniu.`,
  mapTilesHide: 'Wyłącz mapę z ulicami',
  mapTilesPdok: 'PDOK (Kadaster)',
  mapDefaultAttribution: 'Dane mapy © Kadaster',
  mapZoomIn: 'Powiększ',
  mapZoomOut: 'Pomniejsz',
  // --- end map ---

  // --- guide ---
  guideLanguageChoice: 'Wybierz język',
  guideHelpRegion: 'Pomoc w nagłej sytuacji',
  guideDangerLabel: 'Bezpośrednie zagrożenie? Zadzwoń pod 112',
  guideDangerDescription: 'Zadzwoń po policję, straż pożarną lub karetkę.',
  guideHelplineLabel: 'Martwisz się przemocą w domu? Veilig Thuis: 0800-2000',
  guideHelplineDescription: 'Za darmo, w dzień i w nocy. Nie musisz podawać imienia.',
  guideCall: (number: string) => `Zadzwoń: ${number}`,
  guideQuickExit: 'Szybko wyjdź',
  guideQuickExitHint: 'Albo naciśnij 3 razy Shift.',
  guideQuickExitDescription: 'Od razu zamyka tę stronę i otwiera inną.',
  guideQuickExitPressesLeft: (count: number) =>
    plural('pl', count, {
      one: 'Naciśnij Shift jeszcze # raz, aby szybko wyjść.',
      few: 'Naciśnij Shift jeszcze # razy, aby szybko wyjść.',
      many: 'Naciśnij Shift jeszcze # razy, aby szybko wyjść.',
      other: 'Naciśnij Shift jeszcze # razy, aby szybko wyjść.',
    }),
  guideQuestionNumber: (number: number) => `Pytanie ${number}`,
  guideAdvice: 'Rada',
  guidePreviousChoice: '(to wybrałeś wcześniej)',
  guideChoices: 'Wybierz, co najlepiej pasuje',
  guideBack: 'Wstecz',
  guideRestart: 'Zacznij od nowa',
  guideStepNavigation: 'Dalej w przewodniku',
  guideDeadEnd:
    'Tutaj ten przewodnik nie może ci dalej pomóc. Wróć albo zacznij od nowa. Potrzebujesz pomocy teraz? Zadzwoń pod numer na górze.',
  guideNoGuide: 'Nie ustawiono jeszcze przewodnika.',
  guideNoSteps: 'Ten przewodnik nie ma jeszcze pytań. Potrzebujesz pomocy teraz? Zadzwoń pod numer na górze.',
  guideSharedAdvice: 'Otworzyłeś link do tej rady. Chcesz sam odpowiedzieć na pytania? Zacznij od nowa.',
  guideWhatToDo: 'Co możesz zrobić?',
  guideWhoCanHelp: 'Kto może ci pomóc?',
  guideYourAnswers: 'Twoje odpowiedzi',
  guideAnswersPrivate: 'Twoje odpowiedzi nie są zapisywane. Znikają, gdy zamkniesz stronę.',
  guidePrint: 'Drukuj',
  guideCopyLink: 'Kopiuj link do tej rady',
  guideLinkCopied: 'Link został skopiowany. W linku jest tylko rada, nie twoje odpowiedzi.',
  guideLinkManual: 'Skopiuj ten link. W linku jest tylko rada, nie twoje odpowiedzi.',
  guideLinkLabel: 'Link do tej rady',
  guideShowOnMap: 'Pokaż na mapie',
  guideShownOnMap: (name: string) => `Wybrano na mapie: ${name}.`,
  guideMoreAbout: (name: string) => `Więcej o: ${name}`,
  guideAddress: 'Adres',
  guidePhone: 'Telefon',
  guideEmail: 'E-mail',
  guideWebsite: 'Strona internetowa',
  guideOpeningHours: 'Godziny otwarcia',
  guideClosed: 'Zamknięte',
  guideAccessibility: 'Dostępność',
  guideLanguages: 'Języki',
  // --- end guide ---

  // --- signup ---
  signupTasksLegend: 'W czym chcesz pomóc?',
  signupTasksHint: 'Wybierz jedno lub więcej zadań.',
  signupTaskPlace: (place: string) => `Gdzie: ${place}`,
  signupTaskWhen: (when: string) => `Kiedy: ${when}`,
  signupTaskContact: (name: string) => `Odezwie się: ${name}`,
  signupTaskMinAge: (age: number) => `Od ${age} lat`,
  signupName: 'Twoje imię i nazwisko',
  signupContactHint: 'Wpisz swój e-mail albo numer telefonu. Jedno z dwóch wystarczy.',
  signupEmail: 'Adres e-mail',
  signupPhone: 'Numer telefonu',
  signupPhoneHint: 'Na przykład 06-12345678',
  signupArea: 'Twoja dzielnica (możesz zostawić puste)',
  signupAreaNone: 'Wybierz dzielnicę',
  signupPostcode: 'Kod pocztowy (możesz zostawić puste)',
  signupPostcodeHint: 'Na przykład 5211 AB',
  signupTalentsLegend: 'W czym jesteś dobry? (możesz zostawić puste)',
  signupTalentsOther: 'Coś innego, mianowicie',
  signupAvailabilityLegend: 'Kiedy zwykle możesz? (możesz zostawić puste)',
  signupAvailabilityHint: 'Zaznacz pory dnia, kiedy możesz.',
  signupDayPart: 'Pora dnia',
  signupMorning: 'Rano',
  signupAfternoon: 'Po południu',
  signupEvening: 'Wieczorem',
  signupSlot: (day: string, part: string) => `${day} ${part.toLocaleLowerCase('pl')}`,
  signupLanguagesLegend: 'Jakimi językami mówisz? (możesz zostawić puste)',
  signupAge: (age: number) => `Mam ${age} lat lub więcej`,
  signupAgeHint: (age: number) =>
    `Masz mniej niż ${age} lat? Zgłoś się razem z tatą, mamą lub opiekunem. Wypełnijcie ten formularz razem, z ich imieniem i numerem telefonu.`,
  signupMessage: 'Chcesz jeszcze coś powiedzieć? (możesz zostawić puste)',
  signupConsent: (publisher: string) =>
    `Zgadzam się, aby ${publisher} używał moich danych do kontaktu ze mną w sprawie tego wolontariatu.`,
  signupPrivacyDefault: (publisher: string) =>
    `Twoje dane trafiają do: ${publisher}. Używa ich tylko do kontaktu z tobą w sprawie wolontariatu.`,
  signupPrivacyLink: 'Przeczytaj, co dzieje się z twoimi danymi (polityka prywatności)',
  signupHoneypot: 'Zostaw to pole puste',
  signupSubmit: 'Zgłoś się',
  signupSending: 'Wysyłanie…',
  signupErase: 'Usuń moje dane',
  signupEraseConfirm: 'Na pewno? Wszystko, co tu wpisałeś i czego jeszcze nie wysłano, zostanie usunięte z tego urządzenia.',
  signupEraseYes: 'Tak, usuń wszystko',
  signupEraseNo: 'Nie, zachowaj',
  signupErased: 'Twoje dane zostały usunięte z tego urządzenia.',
  signupDraftKept: 'To, co wpisujesz, zostaje na tym urządzeniu, aż to wyślesz. Nic nie stracisz, gdy strona się zamknie.',
  signupNoStorage: 'To urządzenie nie może zapisać tego, co wpisujesz. Jeśli zamkniesz lub odświeżysz stronę, stracisz to.',
  signupErrorSummary: 'Jest problem',
  signupErrorOpportunitiesRequired: 'Wybierz co najmniej jedno zadanie, w którym chcesz pomóc',
  signupErrorNameRequired: 'Wpisz swoje imię i nazwisko',
  signupErrorNameInvalid: 'Wpisz imię i nazwisko literami',
  signupErrorEmailContactRequired: 'Wpisz swój e-mail albo numer telefonu',
  signupErrorEmailInvalid: 'Wpisz adres e-mail, na przykład imie@przyklad.nl',
  signupErrorPhoneInvalid: 'Wpisz numer telefonu, na przykład 06-12345678 albo +31 6 12345678',
  signupErrorPostcodeInvalid: 'Wpisz kod pocztowy, na przykład 5211 AB',
  signupErrorAgeRequired: (age: number) =>
    `Zaznacz, że masz ${age} lat lub więcej. Jesteś młodszy? Zgłoś się razem z rodzicem.`,
  signupErrorConsentRequired: 'Zgódź się na użycie twoich danych. Inaczej nie można przekazać zgłoszenia.',
  signupErrorTooLong: (max: number) =>
    plural('pl', max, {
      one: 'To jest za długie. Użyj najwyżej # znaku.',
      few: 'To jest za długie. Użyj najwyżej # znaków.',
      many: 'To jest za długie. Użyj najwyżej # znaków.',
      other: 'To jest za długie. Użyj najwyżej # znaku.',
    }),
  signupErrorRequired: 'Wypełnij to',
  signupErrorInvalid: 'To się nie zgadza. Sprawdź jeszcze raz.',
  signupQueued: 'Jeszcze nie wysłano. Spróbujemy ponownie.',
  signupQueuedDetail:
    'Twoje zgłoszenie jest bezpieczne na tym urządzeniu. Gdy będzie połączenie, wyślemy je samo, także jeśli wrócisz później. Nie musisz nic wpisywać od nowa.',
  signupQueuedMemoryOnly: 'Nie zamykaj tej strony: to urządzenie nie może zapisać zgłoszenia.',
  signupNotSentTitle: 'Twoje zgłoszenie nie zostało jeszcze wysłane.',
  signupNotSentDetail: 'Teraz nie ma połączenia. To, co wpisałeś, zostaje zapisane. Naciśnij "Zgłoś się", gdy połączenie wróci.',
  signupSentTitle: 'Dziękujemy za zgłoszenie!',
  signupSentGeneric: (publisher: string) => `Otrzymaliśmy twoje zgłoszenie. Skontaktuje się z tobą: ${publisher}.`,
  signupSendAnother: 'Zgłoś kolejną osobę',
  signupFailedTitle: 'Twoje zgłoszenie nie zostało przyjęte.',
  signupFailedDetail: (status: number) =>
    `Strona nie przyjmuje tego zgłoszenia (kod ${status}). Nie spróbujemy ponownie. Twoje dane są nadal poniżej. Skontaktuj się z organizacją, jeśli chcesz wiedzieć dlaczego.`,
  signupRetry: 'Spróbuj teraz ponownie',
  signupRemove: 'Usuń',
  signupRemoved: 'Zgłoszenie zostało usunięte z tego urządzenia.',
  signupOutboxTitle: 'Jeszcze nie wysłano',
  signupOutboxGeneral: 'Zgłoszenie na wolontariusza',
  signupOutboxWaiting: (time: string) => `Czeka na połączenie. Następna próba o ${time}.`,
  signupOutboxFailed: 'Strona nie przyjęła. Nie spróbujemy ponownie.',
  signupOutboxKept: (date: string) =>
    `To zgłoszenie zostaje na tym urządzeniu, aż zostanie wysłane, ale nie dłużej niż do ${date}. Nie chcesz tego? Wybierz Usuń.`,
  signupOutboxFrom: (name: string, date: string) => `Od: ${name}, ${date}`,
  signupMailIntro: (email: string) =>
    `Ten formularz sam nie wysyła zgłoszenia. Gdy naciśniesz "Zgłoś się", przygotujemy dla ciebie e-mail do ${email}. Wyślesz go sam.`,
  signupMailTitle: 'Wyślij zgłoszenie e-mailem',
  signupMailExplain: (email: string) =>
    `Naciśnij przycisk poniżej. Otworzy się twój program pocztowy z e-mailem, w którym są już twoje dane. Sprawdź go i wyślij. Nie działa? Skopiuj tekst poniżej i wyślij go na ${email}.`,
  signupMailOpen: 'Otwórz e-mail',
  signupMailText: 'Tekst e-maila',
  signupMailSubject: 'Zgłoszenie na wolontariusza',
  signupMailBack: 'Wróć do formularza',
  signupNoWayToSend: 'Tutaj nie można się teraz zgłosić, bo nie ustawiono adresu. Skontaktuj się z organizacją.',
  signupYes: 'tak',
  // --- end signup ---
};

export default pl;
