import { describe, expect, it } from 'vitest';
import { factsSettings } from '@/lib/settings';

describe('factsSettings', () => {
  it('asks the real CORDIS, politely, unless told otherwise', () => {
    expect(factsSettings({})).toEqual({ cordisUrl: 'https://cordis.europa.eu', delayMs: 1000, timeoutMs: 20_000 });
  });

  it('takes a local server for CORDIS and shorter waits from the environment', () => {
    expect(factsSettings({ LIAISON_CORDIS_URL: 'http://127.0.0.1:4010/', LIAISON_FACTS_DELAY_MS: '5', LIAISON_FACTS_TIMEOUT_MS: '300' })).toEqual({
      cordisUrl: 'http://127.0.0.1:4010',
      delayMs: 5,
      timeoutMs: 300,
    });
  });

  it('refuses a setting it cannot use, saying what to write', () => {
    expect(() => factsSettings({ LIAISON_CORDIS_URL: 'cordis.europa.eu' })).toThrow(
      'LIAISON_CORDIS_URL is "cordis.europa.eu", which is not an address; write one such as https://cordis.europa.eu',
    );
    expect(() => factsSettings({ LIAISON_FACTS_DELAY_MS: '1s' })).toThrow('LIAISON_FACTS_DELAY_MS is "1s"; write a whole number of milliseconds, such as 1000');
  });
});
