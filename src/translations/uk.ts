/**
 * Українська. MACHINE-MADE: translated by a language model from the plain Dutch (B1) in
 * nl.ts, not yet read by a native speaker. Corrections are welcome: see docs/vertalingen.md.
 */
import { decimal, plural } from './format.js';
import type { Translation } from './nl.js';

const uk: Translation = {
  $code: 'uk',
  $name: 'Українська',
  $dir: 'ltr',
  $locale: 'uk-UA',

  // --- common ---
  loading: 'Завантаження…',
  loadError: 'Не вдалося завантажити інформацію. Спробуйте пізніше.',
  loadErrorOffline: 'Немає зʼєднання з інтернетом. Спробуйте пізніше.',
  showingCachedCopy: (age: string) => `Ви бачите збережену версію від ${age}.`,
  sourcesFailed: 'Не вдалося завантажити всю інформацію. Ви бачите те, що є.',
  sampleData: 'Приклад: ця інформація не справжня.',
  noFeed: 'Для цієї частини не налаштовано інформацію.',
  close: 'Закрити',
  explainTerm: (term: string) => `Пояснення: ${term}`,
  kindInformal: 'Ініціатива мешканців',
  kindVolunteer: 'Волонтерська організація',
  kindProfessional: 'Професійна допомога',
  languageFallback: (code: string) =>
    new Map([['ber', 'Берберська (тамазіхт)'], ['rif', 'Тарифіт'], ['tzm', 'Тамазіхт'], ['zgh', 'Тамазіхт'], ['kab', 'Кабільська']]).get(code.toLowerCase()) ?? '',
  opensInNewWindow: '(відкривається в новому вікні)',
  // --- end common ---

  // --- opening hours (map and guide) ---
  hoursOpenUntil: (time: string) => `Зараз відчинено до ${time}`,
  hoursOpenNow: 'Зараз відчинено',
  hoursClosedNow: 'Зараз зачинено',
  hoursAgainToday: (time: string) => `Знову відчинено о ${time}`,
  hoursAgainTomorrow: (time: string) => `Знову відчинено завтра о ${time}`,
  hoursAgainOnWeekday: (weekday: string, time: string) => `Знову відчинено: ${weekday} ${time}`,
  hoursAgainOnDate: (date: string) => `Знову відчинено: ${date}`,
  hoursTomorrow: 'завтра',
  hoursClosedOn: (date: string) => `Зачинено: ${date}`,
  // A dash, not "з … по": those need other cases ("з середи"), and Intl names days in the nominative.
  hoursClosedFromTo: (from: string, to: string) => `Зачинено: ${from} – ${to}`,
  hoursOpenOn: (date: string, periods: string) => `${date}: відчинено ${periods}`,
  // --- end opening hours ---

  // --- map ---
  mapLabel: 'Карта і список місць у районі',
  mapRegion: 'Карта. Рухайте стрілками, збільшуйте плюсом і мінусом. У списку ті самі місця.',
  mapViewSwitch: 'Вигляд',
  mapShowMap: 'Карта',
  mapShowList: 'Список',
  mapSearch: 'Пошук',
  mapSearchHint: 'Наприклад кава, мова або назва',
  mapFilters: 'Фільтри',
  mapActiveFilters: (count: number) =>
    plural('uk', count, { one: 'Увімкнено # фільтр', few: 'Увімкнено # фільтри', many: 'Увімкнено # фільтрів', other: 'Увімкнено # фільтра' }),
  mapFilterKind: 'Вид',
  mapFilterCategory: 'Тема',
  mapFilterArea: 'Район',
  mapFilterAge: 'Вік',
  mapFilterLanguage: 'Мова',
  mapFilterAll: 'Усе',
  mapFilterOpenNow: 'Зараз відчинено',
  mapClearFilters: 'Очистити фільтри',
  mapAgeGroup: (min: number, max: number | undefined) =>
    max === undefined
      ? plural('uk', min, { one: '# рік і старші', few: '# роки і старші', many: '# років і старші', other: '# року і старші' })
      : `${min}–${max} років`,
  mapCount: (count: number) =>
    count === 0
      ? 'Місць не знайдено'
      : plural('uk', count, { one: 'Знайдено # місце', few: 'Знайдено # місця', many: 'Знайдено # місць', other: 'Знайдено # місця' }),
  mapCountSimilar: (count: number) =>
    `Нічого не знайдено з таким написанням. ${plural('uk', count, {
      one: 'Але знайдено # місце зі схожим словом.',
      few: 'Але знайдено # місця зі схожим словом.',
      many: 'Але знайдено # місць зі схожим словом.',
      other: 'Але знайдено # місця зі схожим словом.',
    })}`,
  mapNoResults: 'З цими фільтрами місць не знайдено.',
  mapNoResultsHelp: 'Шукайте інше слово або очистіть фільтри, щоб побачити всі місця.',
  mapNoPlaces: 'У цій інформації ще немає місць.',
  mapShowMore: (shown: number, total: number) => `Показати більше (${shown} з ${total})`,
  mapNearMe: 'Поруч зі мною',
  mapNearMeBusy: 'Шукаємо ваше місцезнаходження…',
  mapNearMeActive: 'Відсортовано за відстанню від вас.',
  mapNearMeStop: 'Більше не сортувати за відстанню',
  mapNearMeDenied:
    'Ви не дали дозволу використати ваше місцезнаходження. Це нормально: виберіть район у фільтрах або шукайте вулицю чи назву.',
  mapNearMeFailed: 'Не вдалося знайти ваше місцезнаходження. Виберіть район у фільтрах або шукайте вулицю чи назву.',
  mapNearMeUnsupported: 'Цей браузер не може дати ваше місцезнаходження. Виберіть район у фільтрах або шукайте вулицю чи назву.',
  mapDistance: (meters: number) => (meters < 1000 ? `${Math.round(meters / 10) * 10} м` : `${decimal('uk', meters / 1000)} км`),
  mapNoLocation: 'Немає адреси на карті',
  mapLegend: 'Що означають знаки',
  mapKindLetterInformal: 'М',
  mapKindLetterVolunteer: 'В',
  mapKindLetterProfessional: 'П',
  mapPlaces: 'Місця',
  mapOpenDetails: (name: string) => `${name}, більше інформації`,
  mapDetails: 'Про це місце',
  mapBackToList: 'Назад до списку',
  mapShowOnMap: 'Показати на карті',
  mapForWhom: 'Для кого',
  mapAudienceParents: 'батьки',
  mapAudienceChildren: 'діти',
  mapAudienceYouth: 'молодь',
  mapAudienceEveryone: 'усі',
  mapAges: (min: number | undefined, max: number | undefined) =>
    min !== undefined && max !== undefined
      ? `${min}–${max} років`
      : min !== undefined
        ? `від ${min} років`
        : max !== undefined
          ? `до ${max} років`
          : '',
  mapAddress: 'Адреса',
  mapHours: 'Години роботи',
  mapClosedDay: 'Зачинено',
  mapHoursUnknown: 'Постійні години роботи невідомі.',
  mapExceptions: 'Інші години',
  mapActivities: 'Вільний вхід і заходи',
  mapLanguages: 'Мови, якими там говорять',
  mapContact: 'Контакт',
  mapPhone: (phone: string) => `Дзвоніть: ${phone}`,
  mapEmail: (email: string) => `Пишіть: ${email}`,
  mapWebsite: 'Вебсайт',
  mapAccessibility: 'Доступність',
  mapSource: 'Джерело:',
  mapLastChecked: (date: string) => `Дані перевірено: ${date}.`,
  mapShareLink: 'Посилання на це місце',
  mapMarkerCluster: (count: number) =>
    plural('uk', count, {
      one: '# місце, натисніть, щоб збільшити',
      few: '# місця, натисніть, щоб збільшити',
      many: '# місць, натисніть, щоб збільшити',
      other: '# місця, натисніть, щоб збільшити',
    }),
  mapLoadingMap: 'Карта завантажується…',
  mapMapFailed: 'Не вдалося завантажити карту. Список працює.',
  mapTilesFailed: 'Не вдається завантажити фон карти. Місця і список працюють.',
  mapTilesShow: (source: string) => `Показати карту з вулицями — карта від ${source}`,
  mapTilesWhy: (source: string) =>
    `Зараз ви бачите місця без вулиць. Якщо натиснете кнопку, ваш браузер візьме карту з ${source}. Ця служба тоді бачить вашу IP-адресу (номер вашого підключення до інтернету). Ми запамʼятаємо ваш вибір на 6 місяців на цьому пристрої.`,
  mapTilesHide: 'Вимкнути карту з вулицями',
  mapTilesPdok: 'PDOK (Kadaster)',
  mapDefaultAttribution: 'Дані карти © Kadaster',
  mapZoomIn: 'Збільшити',
  mapZoomOut: 'Зменшити',
  // --- end map ---

  // --- guide ---
  guideLanguageChoice: 'Виберіть мову',
  guideHelpRegion: 'Допомога в біді',
  guideDangerLabel: 'Пряма небезпека? Дзвоніть 112',
  guideDangerDescription: 'Викличте поліцію, пожежників або швидку.',
  guideHelplineLabel: 'Тривожитеся через насильство вдома? Veilig Thuis: 0800-2000',
  guideHelplineDescription: 'Безкоштовно, вдень і вночі. Вам не треба називати своє імʼя.',
  guideCall: (number: string) => `Дзвоніть: ${number}`,
  guideQuickExit: 'Швидко вийти',
  guideQuickExitHint: 'Або натисніть Shift 3 рази.',
  guideQuickExitDescription: 'Одразу закриває цю сторінку і відкриває інший сайт.',
  guideQuickExitPressesLeft: (count: number) =>
    plural('uk', count, {
      one: 'Натисніть Shift ще # раз, щоб швидко вийти.',
      few: 'Натисніть Shift ще # рази, щоб швидко вийти.',
      many: 'Натисніть Shift ще # разів, щоб швидко вийти.',
      other: 'Натисніть Shift ще # раза, щоб швидко вийти.',
    }),
  guideQuestionNumber: (number: number) => `Питання ${number}`,
  guideAdvice: 'Порада',
  guidePreviousChoice: '(це ви вибрали раніше)',
  guideChoices: 'Виберіть, що найкраще підходить',
  guideBack: 'Назад',
  guideRestart: 'Почати знову',
  guideStepNavigation: 'Далі в путівнику',
  guideDeadEnd:
    'Тут цей путівник більше не може допомогти. Поверніться назад або почніть знову. Потрібна допомога зараз? Дзвоніть за номером угорі.',
  guideNoGuide: 'Путівник ще не налаштовано.',
  guideNoSteps: 'У цьому путівнику ще немає питань. Потрібна допомога зараз? Дзвоніть за номером угорі.',
  guideSharedAdvice: 'Ви відкрили посилання на цю пораду. Хочете самі відповісти на питання? Тоді почніть знову.',
  guideWhatToDo: 'Що ви можете зробити?',
  guideWhoCanHelp: 'Хто може вам допомогти?',
  guideYourAnswers: 'Ваші відповіді',
  guideAnswersPrivate: 'Ваші відповіді не зберігаються. Вони зникнуть, коли ви закриєте сторінку.',
  guidePrint: 'Друкувати',
  guideCopyLink: 'Копіювати посилання на цю пораду',
  guideLinkCopied: 'Посилання скопійовано. У посиланні є тільки порада, не ваші відповіді.',
  guideLinkManual: 'Скопіюйте це посилання. У посиланні є тільки порада, не ваші відповіді.',
  guideLinkLabel: 'Посилання на цю пораду',
  guideShowOnMap: 'Показати на карті',
  guideShownOnMap: (name: string) => `Вибрано на карті: ${name}.`,
  guideMoreAbout: (name: string) => `Більше про: ${name}`,
  guideAddress: 'Адреса',
  guidePhone: 'Телефон',
  guideEmail: 'Ел. пошта',
  guideWebsite: 'Вебсайт',
  guideOpeningHours: 'Години роботи',
  guideClosed: 'Зачинено',
  guideAccessibility: 'Доступність',
  guideLanguages: 'Мови',
  // --- end guide ---

  // --- signup ---
  signupTasksLegend: 'З чим ви хочете допомогти?',
  signupTasksHint: 'Виберіть одне або більше завдань.',
  signupTaskPlace: (place: string) => `Де: ${place}`,
  signupTaskWhen: (when: string) => `Коли: ${when}`,
  signupTaskContact: (name: string) => `З вами звʼяжеться: ${name}`,
  signupTaskMinAge: (age: number) => `Від ${age} років`,
  signupName: 'Ваше імʼя',
  signupContactHint: 'Впишіть свою ел. пошту або номер телефону. Одного з двох досить.',
  signupEmail: 'Адреса ел. пошти',
  signupPhone: 'Номер телефону',
  signupPhoneHint: 'Наприклад 06-12345678',
  signupArea: 'Ваш район (можна залишити порожнім)',
  signupAreaNone: 'Виберіть район',
  signupPostcode: 'Поштовий індекс (можна залишити порожнім)',
  signupPostcodeHint: 'Наприклад 5211 AB',
  signupTalentsLegend: 'У чому ви добрі? (можна залишити порожнім)',
  signupTalentsOther: 'Щось інше, а саме',
  signupAvailabilityLegend: 'Коли ви зазвичай можете? (можна залишити порожнім)',
  signupAvailabilityHint: 'Позначте частини дня, коли ви можете.',
  signupDayPart: 'Частина дня',
  signupMorning: 'Ранок',
  signupAfternoon: 'День',
  signupEvening: 'Вечір',
  signupSlot: (day: string, part: string) => `${day}, ${part.toLocaleLowerCase('uk')}`,
  signupLanguagesLegend: 'Якими мовами ви говорите? (можна залишити порожнім)',
  signupAge: (age: number) => `Мені ${age} років або більше`,
  signupAgeHint: (age: number) =>
    `Вам менше ${age} років? Тоді записуйтеся разом з батьком, матірʼю або опікуном. Заповніть цю форму разом, з їхнім імʼям і номером телефону.`,
  signupMessage: 'Хочете ще щось сказати? (можна залишити порожнім)',
  signupConsent: (publisher: string) =>
    `Я згоден(-на), щоб ${publisher} використовував мої дані, щоб звʼязатися зі мною щодо цієї волонтерської роботи.`,
  signupPrivacyDefault: (publisher: string) =>
    `Ваші дані отримує: ${publisher}. Їх використовують тільки, щоб звʼязатися з вами щодо волонтерської роботи.`,
  signupPrivacyLink: 'Прочитайте, що відбувається з вашими даними (заява про конфіденційність)',
  signupHoneypot: 'Залиште це поле порожнім',
  signupSubmit: 'Записатися',
  signupSending: 'Надсилання…',
  signupErase: 'Стерти мої дані',
  signupEraseConfirm: 'Ви впевнені? Усе, що ви тут вписали і що ще не надіслано, буде стерто з цього пристрою.',
  signupEraseYes: 'Так, стерти все',
  signupEraseNo: 'Ні, зберегти',
  signupErased: 'Ваші дані стерто з цього пристрою.',
  signupDraftKept: 'Те, що ви вписуєте, зберігається на цьому пристрої, доки ви це не надішлете. Так нічого не пропаде, якщо сторінка закриється.',
  signupNoStorage: 'Цей пристрій не може зберегти те, що ви вписуєте. Якщо ви закриєте або оновите сторінку, усе пропаде.',
  signupErrorSummary: 'Є проблема',
  signupErrorOpportunitiesRequired: 'Виберіть хоча б одне завдання, з яким хочете допомогти',
  signupErrorNameRequired: 'Впишіть своє імʼя',
  signupErrorNameInvalid: 'Впишіть імʼя літерами',
  signupErrorEmailContactRequired: 'Впишіть свою ел. пошту або номер телефону',
  signupErrorEmailInvalid: 'Впишіть адресу ел. пошти, наприклад imya@pryklad.nl',
  signupErrorPhoneInvalid: 'Впишіть номер телефону, наприклад 06-12345678 або +31 6 12345678',
  signupErrorPostcodeInvalid: 'Впишіть поштовий індекс, наприклад 5211 AB',
  signupErrorAgeRequired: (age: number) =>
    `Позначте, що вам ${age} років або більше. Ви молодші? Тоді записуйтеся разом з батьками.`,
  signupErrorConsentRequired: 'Дайте згоду на використання ваших даних. Інакше ваш запис не можна передати.',
  signupErrorTooLong: (max: number) =>
    plural('uk', max, {
      one: 'Це задовго. Використайте не більше # знака.',
      few: 'Це задовго. Використайте не більше # знаків.',
      many: 'Це задовго. Використайте не більше # знаків.',
      other: 'Це задовго. Використайте не більше # знака.',
    }),
  signupErrorRequired: 'Заповніть це',
  signupErrorInvalid: 'Це неправильно. Перевірте ще раз.',
  signupQueued: 'Ще не надіслано. Ми спробуємо знову.',
  signupQueuedDetail:
    'Ваш запис у безпеці на цьому пристрої. Коли буде зʼєднання, ми надішлемо його самі, навіть якщо ви повернетеся пізніше. Нічого не треба заповнювати знову.',
  signupQueuedMemoryOnly: 'Не закривайте цю сторінку: цей пристрій не може зберегти запис.',
  signupNotSentTitle: 'Ваш запис ще не надіслано.',
  signupNotSentDetail: 'Зараз немає зʼєднання. Те, що ви вписали, збережено. Натисніть "Записатися", коли зʼєднання повернеться.',
  signupSentTitle: 'Дякуємо за ваш запис!',
  signupSentGeneric: (publisher: string) => `Ми отримали ваш запис. З вами звʼяжеться: ${publisher}.`,
  signupSendAnother: 'Записати ще когось',
  signupFailedTitle: 'Ваш запис не прийнято.',
  signupFailedDetail: (status: number) =>
    `Сайт не приймає цей запис (код ${status}). Ми не будемо пробувати знову. Ваші дані досі нижче. Звʼяжіться з організацією, якщо хочете знати чому.`,
  signupRetry: 'Спробувати знову зараз',
  signupRemove: 'Видалити',
  signupRemoved: 'Запис видалено з цього пристрою.',
  signupOutboxTitle: 'Ще не надіслано',
  signupOutboxGeneral: 'Запис волонтером',
  signupOutboxWaiting: (time: string) => `Чекає на зʼєднання. Наступна спроба о ${time}.`,
  signupOutboxFailed: 'Сайт не прийняв. Ми не будемо пробувати знову.',
  signupOutboxKept: (date: string) =>
    `Цей запис залишається на цьому пристрої, доки його не надіслано, але не довше ніж до ${date}. Не хочете? Тоді виберіть Видалити.`,
  signupOutboxFrom: (name: string, date: string) => `Від: ${name}, ${date}`,
  signupMailIntro: (email: string) =>
    `Ця форма сама не надсилає ваш запис. Коли ви натиснете "Записатися", ми підготуємо для вас лист на ${email}. Ви надішлете його самі.`,
  signupMailTitle: 'Надішліть запис ел. поштою',
  signupMailExplain: (email: string) =>
    `Натисніть кнопку нижче. Відкриється ваша поштова програма з листом, де вже є ваші дані. Перевірте його і надішліть. Не працює? Скопіюйте текст нижче і надішліть його на ${email}.`,
  signupMailOpen: 'Відкрити лист',
  signupMailText: 'Текст листа',
  signupMailSubject: 'Запис волонтером',
  signupMailBack: 'Назад до форми',
  signupNoWayToSend: 'Тут зараз не можна записатися, бо адресу не налаштовано. Звʼяжіться з організацією.',
  signupYes: 'так',
  // --- end signup ---
};

export default uk;
