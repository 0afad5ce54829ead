// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '@/lib/content/places';

describe('Gazetteer', () => {
  const gazetteer = new Gazetteer([{ name: 'Žilina', country: 'SK', latitude: 49.22, longitude: 18.74 }]);

  it('finds a city written with other capitals, spacing or Unicode composition', () => {
    const position = { latitude: 49.22, longitude: 18.74 };
    expect(gazetteer.find('Žilina', 'SK')).toEqual(position);
    expect(gazetteer.find('  žilina ', 'SK')).toEqual(position);
    expect(gazetteer.find('Z\u030Cilina', 'SK')).toEqual(position);
  });

  it('finds a city written without its accents, and names it as the gazetteer spells it', () => {
    expect(gazetteer.find('Zilina', 'SK')).toEqual({ latitude: 49.22, longitude: 18.74 });
    const [located] = gazetteer.locate([{ name: 'ZILINA', country: 'SK', countryName: 'Slovakia', role: 'Living Lab' }]);
    expect(located).toEqual({ name: 'Žilina', country: 'SK', countryName: 'Slovakia', role: 'Living Lab', position: { latitude: 49.22, longitude: 18.74 } });
  });

  it('does not find a city of the same name in another country, or a city it lacks', () => {
    expect(gazetteer.find('Žilina', 'CZ')).toBeUndefined();
    expect(gazetteer.find('Trnava', 'SK')).toBeUndefined();
  });
});
