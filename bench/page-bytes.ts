import type { Browser } from 'playwright-core';
import { gzipBytes } from '../lib/static-export/budgets';

/** Raw and gzipped bytes. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** What loading one page costs: bytes by kind and the number of requests. */
export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Everything else fetched: icons, images, and RSC payloads the Next.js runtime prefetches. */
  other: Bytes;
  requests: number;
}

const KINDS: Record<string, keyof Omit<PageWeight, 'requests'>> = { document: 'html', stylesheet: 'css', script: 'js' };

/**
 * Loads a page in Chromium until the network is idle (so the runtime's prefetches count)
 * and adds up every response body by kind; gzip at nginx's level, as sent over the wire.
 */
export async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const weight: PageWeight = {
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
    requests: 0,
  };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    weight.requests++;
    const kind = KINDS[response.request().resourceType()] ?? 'other';
    pending.push(
      response.body().then(
        (body) => {
          weight[kind].raw += body.length;
          weight[kind].gzip += gzipBytes(body);
        },
        () => undefined, // A redirect has no body.
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return weight;
}
