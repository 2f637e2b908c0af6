/**
 * Runs `check` while every `Intl.DisplayNames` made is counted; `made()` says how many so far.
 * The first one of a page loads the browser's language data (20 ms, 80 on a slow phone), so
 * tests use this to show that a path makes none, or makes them where it should.
 */
export function countingDisplayNames(check: (made: () => number) => void): void {
  const Original = Intl.DisplayNames;
  let count = 0;
  Intl.DisplayNames = class extends Original {
    constructor(...args: ConstructorParameters<typeof Original>) {
      super(...args);
      count += 1;
    }
  };
  try {
    check(() => count);
  } finally {
    Intl.DisplayNames = Original;
  }
}
