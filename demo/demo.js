// Demo-only switches, so one page shows the options an editor has:
//   ?lang=en           the kit in English (the page's <html lang> decides)
//   ?tiles=pdok        PDOK's background map, loaded only after the visitor agrees
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
if (lang && /^[a-z]{2,3}(-[A-Za-z]{2})?$/.test(lang)) document.documentElement.lang = lang;

const map = document.querySelector('buurt-map');
if (map && params.get('tiles') === 'pdok') {
  map.removeAttribute('tiles');
  map.setAttribute('consent', '');
}
