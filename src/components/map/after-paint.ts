/**
 * Resolves after the frame with the DOM changes made so far is painted. A page in a
 * background tab gets no animation frames; the timeout keeps callers from waiting until the
 * tab is shown.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve();
    };
    requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, 250);
  });
}
