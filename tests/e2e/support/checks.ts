import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { securityHeaders, type HeaderOptions } from '@/lib/security-headers';

/**
 * The checks every page must pass. Each returns the problems it found (an empty list when
 * all is well), so the same functions serve the site suite and the tests that prove each
 * check can fail (checkers.e2e.test.ts).
 */

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Opens a page in a fresh context and records console errors, failed requests and crashes. */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions & {
    expectedStatus?: number;
    waitUntil?: 'load' | 'networkidle';
    /** Runs in every document before its own scripts, e.g. to listen for CSP violations. */
    initScript?: string;
    /** Serve every enhancement module empty: the page as it is before any module runs. */
    withoutEnhancements?: boolean;
  } = {},
): Promise<{ page: Page; problems: string[]; close(): Promise<void> }> {
  const { expectedStatus = 200, waitUntil = 'networkidle', initScript, withoutEnhancements = false, ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  if (initScript) await context.addInitScript(initScript);
  if (withoutEnhancements) {
    await context.route('**/enhancements/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  }
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium logs the page's own 404 status as an error; that status is the point.
    const ownStatus = message.location().url === url && message.text().includes(`status of ${expectedStatus}`);
    if (!ownStatus) problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // Requests the page cancels itself (Next.js drops prefetches it no longer needs) are
    // not failures; a missing file shows as a 4xx response below, a dead server as others.
    if (reason !== 'net::ERR_ABORTED') problems.push(`failed request: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    // The page's own 404 status is expected; a missing asset is not.
    if (response.status() >= 400 && !(response.url() === url && response.status() === expectedStatus)) {
      problems.push(`HTTP ${response.status()} for ${response.url()}`);
    }
  });
  await page.goto(url, { waitUntil });
  return { page, problems, close: () => context.close() };
}

/** axe-core on the rendered page: WCAG 2.0/2.1 A and AA plus best practices. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

/** Whether the page is wider than the window, which makes phones scroll sideways. */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  return scrollWidth > clientWidth ? [`the page is ${scrollWidth}px wide in a ${clientWidth}px window`] : [];
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * The keyboard path: the first Tab lands on a visible skip link that moves focus to the
 * main content, and Tab then reaches every link and control, each with a visible focus
 * indicator.
 */
export async function keyboardProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const expected = await page.evaluate((selector) => {
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      // Shown: checkVisibility, unlike a box, leaves out the content of a closed <details>,
      // which Chromium lays out but hides. The skip link is visually hidden until focused,
      // but must still be reachable.
      (element) => (element.getClientRects().length > 0 && element.checkVisibility()) || element.matches('a[href^="#"]'),
    );
    elements.forEach((element, index) => element.setAttribute('data-focus-order', String(index)));
    return elements.map((element) => element.textContent?.trim() || element.tagName);
  }, FOCUSABLE);

  const reached = new Set<string>();
  for (let step = 0; step < expected.length + 2; step++) {
    await page.keyboard.press('Tab');
    const focus = await describeFocus(page);
    if (step === 0) {
      if (!focus || !/^skip to main content$/i.test(focus.text)) {
        problems.push(`the first Tab reaches "${focus?.text ?? 'nothing'}", not the skip link`);
      } else if (!focus.visible) {
        problems.push('the skip link does not show when it has focus');
      }
    }
    if (!focus?.order) continue;
    if (reached.has(focus.order)) break;
    reached.add(focus.order);
    if (!focus.indicator) problems.push(`"${focus.text}" shows no visible focus indicator`);
  }
  expected.forEach((text, index) => {
    if (!reached.has(String(index))) problems.push(`"${text}" cannot be reached with Tab`);
  });

  // Follow the skip link, if there is one (without it, Enter would follow another link).
  if (problems.some((problem) => problem.includes('not the skip link'))) return problems;
  await page.reload({ waitUntil: 'networkidle' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const afterSkip = await describeFocus(page);
  if (afterSkip?.id !== 'main') problems.push('the skip link does not move focus to the main content');
  return problems;
}

/** What has focus now, and whether a sighted keyboard user can see that it has. */
function describeFocus(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    return {
      order: element.getAttribute('data-focus-order'),
      id: element.id,
      text: element.textContent?.trim() ?? '',
      visible: box.width > 1 && box.height > 1,
      indicator: outline || shadow,
    };
  });
}

/** Whether an address answers with the status it should (200 for pages, 404 for others). */
export async function statusProblems(url: string, expected: number): Promise<string[]> {
  const response = await fetch(url, { redirect: 'manual' });
  return response.status === expected ? [] : [`${url} answers ${response.status}, not ${expected}`];
}

/** The security headers every response must carry, with the values the policy sets. */
export function missingSecurityHeaders(headers: Headers, options: HeaderOptions = {}): string[] {
  return securityHeaders(options)
    .filter(({ key, value }) => headers.get(key) !== value)
    .map(({ key, value }) => `${key} should be "${value}" but is ${JSON.stringify(headers.get(key))}`);
}
