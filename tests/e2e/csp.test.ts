/**
 * The CSP the app protocol sends does its job in the page (security checklist item 7): markup injected into the
 * document cannot run script, inline or from an event handler, and the browser reports each attempt.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSuite, startSuite, type AppPage } from './harness';

let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  ({ browser, app, page } = await startSuite());
});

afterAll(() => endSuite({ browser, app }));

describe('the content security policy', () => {
  it('blocks injected inline scripts, event handlers and javascript: URLs, and reports them', async () => {
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(event.violatedDirective),
      );
      const host = document.createElement('div');
      host.innerHTML =
        '<img src="data:," onerror="window.__pwned = 1">' +
        '<a id="js-link" href="javascript:window.__pwned = 2">x</a>' +
        '<iframe srcdoc="<script>parent.__pwned = 3</script>"></iframe>';
      document.body.append(host);
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 4';
      document.body.append(script);
      (document.getElementById('js-link') as HTMLAnchorElement).click();
      // Violation reports are dispatched asynchronously.
      for (let i = 0; i < 50 && violations.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      host.remove();
      script.remove();
      return { pwned: (window as { __pwned?: number }).__pwned ?? null, violations };
    });
    expect(outcome.pwned).toBeNull();
    expect(outcome.violations.some((d) => d.startsWith('script-src'))).toBe(true);
  });
});
