/**
 * The settings of the fact tools (`npm run new -- --cordis`, `npm run facts`), read from the
 * environment in one place so tests can point them at a local server and keep them fast.
 * (When lib/settings.ts exists, these belong there with the site's other settings.)
 */

/** What the fact tools need to know to talk to CORDIS and to other sites. */
export interface FactsSettings {
  /** CORDIS's address, without a trailing slash: `https://cordis.europa.eu` unless LIAISON_CORDIS_URL says otherwise. */
  cordisUrl: string;
  /** How long to wait between two requests to the same host (LIAISON_FACTS_DELAY_MS), to be polite. */
  delayMs: number;
  /** How long a request may take before it counts as failed (LIAISON_FACTS_TIMEOUT_MS). */
  timeoutMs: number;
}

export const DEFAULT_CORDIS_URL = 'https://cordis.europa.eu';

/** Reads the settings once; a setting that cannot be used stops the tool with a message that says what to write. */
export function factsSettings(env: Readonly<Record<string, string | undefined>> = process.env): FactsSettings {
  return {
    cordisUrl: cordisBaseUrl(env),
    delayMs: milliseconds(env, 'LIAISON_FACTS_DELAY_MS', 1000),
    timeoutMs: milliseconds(env, 'LIAISON_FACTS_TIMEOUT_MS', 20_000),
  };
}

/** CORDIS's base address: the real one, or a local server that speaks its format in tests. */
export function cordisBaseUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const written = env.LIAISON_CORDIS_URL?.trim() || DEFAULT_CORDIS_URL;
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    throw new SettingError(`LIAISON_CORDIS_URL is "${written}", which is not an address; write one such as ${DEFAULT_CORDIS_URL}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SettingError(`LIAISON_CORDIS_URL must start with https:// (or http:// for a local test server), such as ${DEFAULT_CORDIS_URL}`);
  }
  return url.href.replace(/\/+$/, '');
}

function milliseconds(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number): number {
  const written = env[name]?.trim();
  if (!written) return fallback;
  if (!/^\d+$/.test(written)) throw new SettingError(`${name} is "${written}"; write a whole number of milliseconds, such as ${fallback}`);
  return Number(written);
}

/** A setting in the environment that cannot be used; its message is for the person who set it. */
export class SettingError extends Error {
  override name = 'SettingError';
}
