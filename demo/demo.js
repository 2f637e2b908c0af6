// Demo-only switches, so one page shows the options an editor has:
//   ?lang=en, ?lang=ar, ?lang=tr   the kit (and the sample feed's texts, where it has them) in English, Arabic
//                      (right to left) or Turkish; the page's <html lang> decides, the guide also offers a choice
//   ?thema=utrecht     a municipality's NL Design System theme: the real token packages
//   ?thema=voorbeeld   (@utrecht/design-tokens, @nl-design-system-unstable/voorbeeld-design-tokens),
//                      copied to demo/themes/ by the build; the kit's --buurt-* tokens fall back to them
//   ?tiles=pdok        PDOK's background map, loaded only after the visitor agrees
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
if (lang && /^[a-z]{2,3}(-[A-Za-z]{2})?$/.test(lang)) document.documentElement.lang = lang;

const THEMES = { utrecht: 'utrecht-theme', voorbeeld: 'voorbeeld-theme' };
const thema = params.get('thema');
if (thema && Object.hasOwn(THEMES, thema)) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/demo/themes/${thema}.css`;
  document.head.append(link);
  document.body.classList.add(THEMES[thema]);
  const current = document.querySelector(`.theme-choice a[href="?thema=${thema}"]`);
  current?.setAttribute('aria-current', 'true');
}

const map = document.querySelector('buurt-map');
if (map && params.get('tiles') === 'pdok') {
  map.removeAttribute('tiles');
  map.setAttribute('consent', '');
}
