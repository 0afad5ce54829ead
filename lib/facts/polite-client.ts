import { setTimeout as sleep } from 'node:timers/promises';

/** What a request to another site came to. */
export type Answer =
  | {
      kind: 'answered';
      status: number;
      statusText: string;
      /** The address that finally answered, after any redirects. */
      url: string;
      /** Whether redirects were followed to get there. */
      redirected: boolean;
      /** The body, when asked for. */
      body?: string;
    }
  | {
      kind: 'failed';
      /** Why there was no answer, in words for the report: `no answer within 20 s`. */
      reason: string;
    };

/** How the client behaves; the fact tools take these from `factsSettings()`. */
export interface PoliteClientOptions {
  /** The pause between two requests to the same host. */
  delayMs: number;
  /** How long one request (answer and body) may take. */
  timeoutMs: number;
  /**
   * The fetch to send requests with; the platform's by default. Tests pass one that sends
   * a content file's addresses (which must be public https ones) to a local server instead.
   */
  fetch?: typeof fetch;
}

const USER_AGENT = 'Liaison facts report (checks the sources of a project page; one request at a time)';

/**
 * Fetches pages of other sites the way a polite visitor would: one at a time, with a pause
 * between two requests to the same host, a time limit, and one more try after a server
 * error (5xx), which is often passing.
 */
export class PoliteClient {
  private readonly lastRequest = new Map<string, number>();

  constructor(private readonly options: PoliteClientOptions) {}

  /** GETs an address, following redirects; reads the body only when asked to. */
  async get(url: string, { readBody = false, accept }: { readBody?: boolean; accept?: string } = {}): Promise<Answer> {
    const first = await this.once(url, readBody, accept);
    if (first.kind === 'answered' && first.status >= 500) return this.once(url, readBody, accept);
    return first;
  }

  private async once(url: string, readBody: boolean, accept: string | undefined): Promise<Answer> {
    await this.waitForTurn(url);
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    try {
      const response = await (this.options.fetch ?? fetch)(url, {
        redirect: 'follow',
        signal,
        headers: { 'user-agent': USER_AGENT, ...(accept ? { accept } : {}) },
      });
      const body = readBody ? await response.text() : undefined;
      // Without reading it, drop the body so the connection is freed at once.
      if (!readBody) await response.body?.cancel().catch(() => undefined);
      return { kind: 'answered', status: response.status, statusText: response.statusText, url: response.url || url, redirected: response.redirected, body };
    } catch (error) {
      return { kind: 'failed', reason: this.describeFailure(error, signal) };
    }
  }

  private async waitForTurn(url: string) {
    const host = new URL(url).host;
    const last = this.lastRequest.get(host);
    const wait = last === undefined ? 0 : last + this.options.delayMs - Date.now();
    if (wait > 0) await sleep(wait);
    this.lastRequest.set(host, Date.now());
  }

  private describeFailure(error: unknown, signal: AbortSignal): string {
    if (signal.aborted) return `no answer within ${seconds(this.options.timeoutMs)}`;
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const code = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    return `cannot be reached (${code})`;
  }
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
