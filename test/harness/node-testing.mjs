// What the feed tests take from @open-wc/testing, when they run under Node: chai's expect
// (the same chai build that @open-wc/testing re-exports in the browser).
export { expect, assert } from '@esm-bundle/chai/esm/chai.js';
