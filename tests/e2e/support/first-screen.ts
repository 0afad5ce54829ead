import type { Page } from 'playwright-core';

/**
 * Where the things a visitor came for start, measured in the browser: the first project
 * card on the listing, the whole first row of cards, and a project's own words (summary
 * and opening paragraph) on its page. Each position names the viewport it is judged at:
 * it must start within that first screen.
 */
export interface FirstScreenPosition {
  name: string;
  path: string;
  viewport: { width: number; height: number };
  javaScriptEnabled: boolean;
  /** What is measured: the top of the first card, of the first row of cards, or of the opening paragraph. */
  measure: 'first-card' | 'first-row' | 'opening-paragraph';
}

export const PHONE = { width: 375, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

/** The positions of issue 21's table, for a project page at `projectPath`. */
export function firstScreenPositions(projectPath: string): FirstScreenPosition[] {
  return [
    { name: 'phone, JavaScript on: first project card on the listing', path: '/', viewport: PHONE, javaScriptEnabled: true, measure: 'first-card' },
    { name: 'phone, JavaScript off: first project card on the listing', path: '/', viewport: PHONE, javaScriptEnabled: false, measure: 'first-card' },
    { name: 'desktop: first row of cards on the listing', path: '/', viewport: DESKTOP, javaScriptEnabled: true, measure: 'first-row' },
    { name: `phone: the opening paragraph on ${projectPath}`, path: projectPath, viewport: PHONE, javaScriptEnabled: true, measure: 'opening-paragraph' },
  ];
}

/**
 * The position, in CSS pixels from the top of the page, where the first card, the first
 * row of cards (the lowest top among them) or the opening paragraph starts.
 */
export async function measurePosition(page: Page, measure: FirstScreenPosition['measure']): Promise<number> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate((what) => {
    const cards = [...document.querySelectorAll('main article')].filter((card) => card.getClientRects().length > 0);
    if (what === 'opening-paragraph') {
      const paragraph = document.querySelector('main .prose p');
      if (!paragraph) throw new Error('no opening paragraph on the page');
      return Math.round(paragraph.getBoundingClientRect().top + window.scrollY);
    }
    if (cards.length === 0) throw new Error('no project card on the page');
    const firstTop = cards[0]!.getBoundingClientRect().top;
    if (what === 'first-card') return Math.round(firstTop + window.scrollY);
    const row = cards.filter((card) => Math.abs(card.getBoundingClientRect().top - firstTop) < 2);
    return Math.round(Math.max(...row.map((card) => card.getBoundingClientRect().top)) + window.scrollY);
  }, measure);
}

/** How many cards stand in the first row, and how many the page shows in all. */
export async function firstRowSize(page: Page): Promise<{ row: number; cards: number }> {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('main article')].filter((card) => card.getClientRects().length > 0);
    const firstTop = cards[0]?.getBoundingClientRect().top ?? 0;
    return { row: cards.filter((card) => Math.abs(card.getBoundingClientRect().top - firstTop) < 2).length, cards: cards.length };
  });
}
