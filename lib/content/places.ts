import { LineCounter, parseDocument } from 'yaml';
import { explainIssues } from './error-map';
import { countryName } from './fields';
import type { MarkdownFile } from './frontmatter';
import type { ContentReader } from './reader';
import { placesSchema } from './schema';
import { foldText } from '../text';
import type { City, GeoPosition } from './types';
import { yamlLineOf } from './yaml-text';

/** The gazetteer's file, inside the content folder, as messages name it. */
export const PLACES_FILE = 'places.yml';

/**
 * One city, however it is written: case, spacing, Unicode composition and accents aside
 * ("ZILINA, SK" is "Žilina, SK"). The gazetteer, the map, what projects share with the host and
 * related projects all compare cities by this key, so a city is the same city everywhere.
 */
export function cityKey(city: { name: string; country: string }): string {
  return `${foldText(city.name)}|${city.country}`;
}

/**
 * Where the cities of the content lie, read from `content/places.yml`. Cities are found by
 * their `cityKey`, so an editor adds a city to a project and its line here with the same
 * words, whatever the capitals or accents; pages then name it as the gazetteer spells it.
 */
export class Gazetteer {
  private readonly byKey = new Map<string, { name: string; position: GeoPosition }>();

  constructor(places: ReadonlyArray<{ name: string; country: string } & GeoPosition>) {
    for (const place of places) {
      this.byKey.set(cityKey(place), { name: place.name, position: { latitude: place.latitude, longitude: place.longitude } });
    }
  }

  /** Where a city lies, or undefined when the gazetteer does not have it. */
  find(name: string, country: string): GeoPosition | undefined {
    return this.byKey.get(cityKey({ name, country }))?.position;
  }

  /**
   * Cities with their place on the map, named as the gazetteer spells them; one the
   * gazetteer lacks has been reported by `checkCitiesArePlaced`.
   */
  locate(cities: readonly City[]): City[] {
    return cities.map((city) => {
      const place = this.byKey.get(cityKey(city));
      return { ...city, name: place?.name ?? city.name, position: place?.position };
    });
  }
}

/** Reads and checks `content/places.yml`; undefined when it cannot be used (its problems reported). */
export async function readPlaces(reader: ContentReader, relative: string): Promise<Gazetteer | undefined> {
  const { file, bytes } = await reader.read(relative);
  if (!bytes) return undefined;
  const lineCounter = new LineCounter();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    reader.report({ file, message: 'is not saved as UTF-8 text; save it again with the encoding "UTF-8"' });
    return undefined;
  }
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, logLevel: 'error' });
  const error = document.errors[0];
  if (error) {
    // An unclosed bracket is found only at the end of the file: point at the last line, not past it.
    const lastLine = text.trimEnd().split('\n').length;
    reader.report({
      file,
      line: Math.min(error.linePos?.[0].line ?? 1, lastLine),
      message: 'cannot be read; each place is a line such as: - { name: Valencia, country: ES, latitude: 39.47, longitude: -0.38, source: https://en.wikipedia.org/wiki/Valencia }',
    });
    return undefined;
  }
  const data: unknown = document.toJS({ maxAliasCount: 10 }) ?? [];
  const lineOf = yamlLineOf(document.contents, lineCounter);
  reader.remember(file, data, lineOf);
  const result = placesSchema.safeParse(data);
  if (!result.success) {
    const context = { file, data: data as Record<string, unknown>, schema: placesSchema, lineOf };
    explainIssues(result.error.issues, context).forEach((problem) => reader.report(problem));
    return undefined;
  }
  const seen = new Map<string, number>();
  result.data.forEach((place, index) => {
    const key = cityKey(place);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    reader.report({
      file,
      line: lineOf([index]),
      field: `entry ${index + 1}`,
      message: `${place.name}, ${place.country} is already entry ${first + 1}; keep only one of the two lines`,
    });
  });
  return new Gazetteer(result.data);
}

/**
 * Every city of a file must be on the map: one the gazetteer lacks is reported, never left
 * out of the map in silence. It reads the raw fields, so another invalid city or field
 * hides no missing place.
 */
export function checkCitiesArePlaced(reader: ContentReader, file: string, source: MarkdownFile, gazetteer: Gazetteer | undefined) {
  const cities = source.data.cities;
  if (!gazetteer || !Array.isArray(cities)) return;
  cities.forEach((city: unknown, index) => {
    if (city === null || typeof city !== 'object') return;
    const { name, country } = city as Record<string, unknown>;
    // A missing name or an unknown country is its own problem, reported by the schema.
    if (typeof name !== 'string' || !name.trim() || typeof country !== 'string' || !countryName(country)) return;
    if (gazetteer.find(name, country)) return;
    const written = `${name.trim()}, ${country}`;
    reader.report({
      file,
      line: source.lineOf(['cities', index]),
      field: `cities, entry ${index + 1}`,
      message: `the map cannot place ${written}; add ${written} to content/${PLACES_FILE} with its latitude, longitude and a source`,
    });
  });
}
