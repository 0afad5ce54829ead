import { describe, expect, it } from 'vitest';
import { isoCountryCode, readableCapitals } from '@/lib/facts/readable-names';

describe('readableCapitals', () => {
  it.each([
    ['BRUSSELS', 'Brussels'],
    ['LAS PALMAS DE GRAN CANARIA', 'Las Palmas de Gran Canaria'],
    ['FREIBURG IM BREISGAU', 'Freiburg im Breisgau'],
    ['FRANKFURT AM MAIN', 'Frankfurt am Main'],
    ['SAINT-ÉTIENNE', 'Saint-Étienne'],
    ['VILLENEUVE-D\'ASCQ', "Villeneuve-d'Ascq"],
    ["L'HOSPITALET DE LLOBREGAT", "L'Hospitalet de Llobregat"],
    ['ŽILINA', 'Žilina'],
    ['MÜNCHEN', 'München'],
    ['  OSLO  ', 'Oslo'],
    ['UNION INTERNATIONALE DES TRANSPORTS PUBLICS', 'Union Internationale des Transports Publics'],
  ])('%s → %s', (capitals, readable) => {
    expect(readableCapitals(capitals)).toBe(readable);
  });

  it('leaves words written in mixed case as they are', () => {
    expect(readableCapitals('EIT Climate-KIC')).toBe('EIT Climate-KIC');
  });
});

describe('isoCountryCode', () => {
  it("turns the EU's codes for Greece and the United Kingdom into ISO 3166 ones", () => {
    expect(isoCountryCode('EL')).toBe('GR');
    expect(isoCountryCode('UK')).toBe('GB');
  });

  it('keeps ISO codes, in capitals, and refuses what is not a country', () => {
    expect(isoCountryCode('be')).toBe('BE');
    expect(isoCountryCode('XX')).toBeUndefined();
  });
});

describe('readableCapitals on legal names', () => {
  it('writes legal forms as companies do', () => {
    expect(readableCapitals('RUTER AS')).toBe('Ruter AS');
    expect(readableCapitals('CLIMATE-KIC GMBH')).toBe('Climate-Kic GmbH');
    expect(readableCapitals('ICLEI EUROPEAN SECRETARIAT GMBH (ICLEI EUROPASEKRETARIAT GMBH)')).toBe('Iclei European Secretariat GmbH (Iclei Europasekretariat GmbH)');
  });
});
