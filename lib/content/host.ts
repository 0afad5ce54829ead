import { contactHref, countryName } from './fields';
import { checkCitiesArePlaced, type Gazetteer } from './places';
import type { ContentReader } from './reader';
import { createHostSchema, logoPath } from './schema';
import type { City, Host, Theme } from './types';

/** Reads `content/site.md`: the host project, its cities and themes, and the listing's introduction. */
export async function readHost(
  reader: ContentReader,
  relative: string,
  themes: readonly Theme[] | undefined,
  places: Gazetteer | undefined,
): Promise<Host | undefined> {
  const read = await reader.readMarkdown(relative, createHostSchema(themes?.map((theme) => theme.id)));
  if (!read) return undefined;
  checkCitiesArePlaced(reader, read.file, read.source, places);
  const logo = logoPath.safeParse(read.source.data.logo);
  if (logo.success) await reader.checkPublicImage(read.file, 'logo', logo.data, read.source.lineOf(['logo']));
  const introductionHtml = await reader.render(read.file, read.source, 'introduction');
  if (!read.data) return undefined;
  return {
    ...read.data,
    cities: places?.locate(withCountryNames(read.data.cities ?? [])) ?? [],
    themes: themeLabels(read.data.themes ?? [], themes),
    logo: read.data.logo && `${reader.basePath}${read.data.logo}`,
    introductionHtml,
    contactHref: contactHref(read.data.contact),
  };
}

/** Cities as visitors read them: with the country's English name beside its code. */
export function withCountryNames(cities: ReadonlyArray<Omit<City, 'countryName'>>): City[] {
  return cities.map((city) => ({ ...city, countryName: countryName(city.country) ?? city.country }));
}

/** Theme ids as visitors read them: with their labels from the vocabulary. */
export function themeLabels(ids: readonly string[], themes: readonly Theme[] | undefined): Theme[] {
  const byId = new Map(themes?.map((theme) => [theme.id, theme]));
  return ids.map((id) => byId.get(id) ?? { id, label: id, description: '' });
}
