// Demo-only switches, so one page shows the options an editor has:
//   ?lang=en, ?lang=ar, ?lang=tr   the kit (and the sample feed's texts, where it has them) in English, Arabic
//                      (right to left) or Turkish; the page's <html lang> decides, the guide also offers a choice
//   ?tiles=pdok        PDOK's background map, loaded only after the visitor agrees
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
if (lang && /^[a-z]{2,3}(-[A-Za-z]{2})?$/.test(lang)) document.documentElement.lang = lang;

const map = document.querySelector('buurt-map');
if (map && params.get('tiles') === 'pdok') {
  map.removeAttribute('tiles');
  map.setAttribute('consent', '');
}
