import { LitElement, html, type TemplateResult } from 'lit';

/**
 * A bare host for one controller: renders what the test gives it, nothing of `<buurt-map>`.
 * Each test makes its own subclass (`hostClass()`), so controllers are added in its constructor.
 */
export class TestHost extends LitElement {
  content: () => TemplateResult = () => html``;
  renders = 0;

  override render(): TemplateResult {
    this.renders++;
    return this.content();
  }
}

let counter = 0;

/** Defines a fresh host element whose constructor runs `setup(host)`, and puts one in the page. */
export async function mountHost<C>(setup: (host: TestHost) => C, style = ''): Promise<{ host: TestHost; controller: C }> {
  let controller!: C;
  const tag = `test-controller-host-${++counter}`;
  customElements.define(
    tag,
    class extends TestHost {
      constructor() {
        super();
        controller = setup(this);
      }
    },
  );
  const host = document.createElement(tag) as TestHost;
  if (style) host.setAttribute('style', style);
  document.body.append(host);
  await host.updateComplete;
  return { host, controller };
}

/** Waits until `test` is true, checking every few milliseconds, for at most `timeout` ms. */
export async function until(test: () => boolean, timeout = 5000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
