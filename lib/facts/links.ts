import type { WebAddress } from '../content/reader';
import type { PoliteClient } from './polite-client';

/** A web address in the content that does not lead to a working page, and why. */
export interface FailingLink extends WebAddress {
  reason: string;
}

/**
 * Requests every distinct address once (redirects followed, as a browser would) and
 * returns each place that writes one that fails: an answer of 400 or more (after one more
 * try for a server error), no answer in time, or no server at all.
 */
export async function failingLinks(addresses: readonly WebAddress[], client: PoliteClient): Promise<{ failing: FailingLink[]; checked: number }> {
  const reasons = new Map<string, string | undefined>();
  for (const { url } of addresses) {
    if (reasons.has(url)) continue;
    const answer = await client.get(url);
    if (answer.kind === 'failed') reasons.set(url, answer.reason);
    else if (answer.status >= 400) {
      const moved = answer.redirected ? ` (redirected to ${answer.url})` : '';
      reasons.set(url, `answers ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}${moved}`);
    } else reasons.set(url, undefined);
  }
  const failing = addresses.flatMap((address) => {
    const reason = reasons.get(address.url);
    return reason ? [{ ...address, reason }] : [];
  });
  return { failing, checked: reasons.size };
}
