// The interactions bench/run.mjs measures on the <buurt-map> page, after the element (from
// the script-tag build, in the page's HTML) has shown its first markers.
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const element = () => document.querySelector('buurt-map');

window.bench = {
  /**
   * Per keystroke: from the input event until the list and count are updated and laid out
   * (the map follows when typing pauses, as a separate step).
   */
  async type(text) {
    const map = element();
    const input = map.shadowRoot.querySelector('#search');
    const keystrokes = [];
    for (let i = 1; i <= text.length; i++) {
      const start = performance.now();
      input.value = text.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await map.updateComplete;
      void map.shadowRoot.querySelector('.side').offsetHeight;
      keystrokes.push(performance.now() - start);
      await afterPaint();
    }
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await map.updateComplete;
    await afterPaint();
    return keystrokes;
  },

  /** Each view in turn, until its markers are painted (setView resolves then). */
  async steps(views) {
    const map = element();
    const times = [];
    for (const [lat, lng, zoom] of views) {
      const start = performance.now();
      await map.setView(lat, lng, zoom);
      times.push(performance.now() - start);
    }
    return times;
  },
};
