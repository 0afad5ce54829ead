import { plural } from '../text';
import { cityKey } from './places';
import type { City, Theme } from './types';

/**
 * What two lists of themes or cities have in common: the basis of related projects and of
 * what a project shares with the host. Cities are the same when their `cityKey` is.
 */

/** The themes of `ours` that are also in `theirs`, in `ours`'s order. */
export function sharedThemes(ours: readonly Theme[], theirs: readonly Theme[]): Theme[] {
  const ids = new Set(theirs.map((theme) => theme.id));
  return ours.filter((theme) => ids.has(theme.id));
}

/** The cities of `ours` that are also in `theirs`, in `ours`'s order, each once. */
export function sharedCities(ours: readonly City[], theirs: readonly City[]): City[] {
  const keys = new Set(theirs.map(cityKey));
  const seen = new Set<string>();
  return ours.filter((city) => {
    const key = cityKey(city);
    if (!keys.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "2 themes: Public transport, Living labs" and "1 city: Oslo", joined with "and". */
export function describeShared(themes: readonly Theme[], cities: readonly City[]): string {
  const parts: string[] = [];
  if (themes.length > 0) parts.push(`${plural(themes.length, 'theme')}: ${themes.map((theme) => theme.label).join(', ')}`);
  if (cities.length > 0) parts.push(`${plural(cities.length, 'city', 'cities')}: ${cities.map((city) => city.name).join(', ')}`);
  return parts.join('; and ');
}
