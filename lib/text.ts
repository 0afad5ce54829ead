/**
 * Text helpers every layer shares: how text is compared and how counts are written. Pure
 * and DOM-free, so pages, the content loader and the browser's enhancements use the same.
 */

/**
 * Text as it is compared: lower case, without accents, spaces collapsed, so "Île" matches
 * "ile" and "ZILINA" matches "Žilina".
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A source address as short readable link text: `cordis.europa.eu/project/id/101095904`. */
export function displayUrl(address: string): string {
  const url = new URL(address);
  const path = `${url.pathname}${url.search}`.replace(/\/$/, '');
  return `${url.hostname.replace(/^www\./, '')}${path}`;
}

/** "1 theme", "3 cities": a count with its noun; `many` defaults to the noun and an "s". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
