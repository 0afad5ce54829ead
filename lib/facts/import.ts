import { inlineYaml } from '../content/yaml-text';
import type { TemplateValues } from '../content/template';
import { cordisUrl } from '../routes';
import type { CordisOrganisation, CordisProject } from './cordis-record';

/** A new project file's known fields, and what the editor must be told about them. */
export interface ImportedFacts extends TemplateValues {
  /** The fields filled in from the record. */
  filled: string[];
  /** One sentence per fact the record does not give, for the editor. */
  missing: string[];
  /** One sentence about the partners' cities, when there are any. */
  partnersNote?: string;
}

/** How many organisations one suggested city names before "and N more". */
const NAMES_PER_CITY = 3;

/**
 * The fields a CORDIS record fills in a new project file. Partners' cities are only a
 * suggestion: CORDIS says where each partner is registered, not where the project works,
 * so they are written as a commented list for the editor to choose from and give roles.
 */
export function importedFacts(project: CordisProject, today: string): ImportedFacts {
  const values: Record<string, string | string[]> = {};
  const missing: string[] = [];
  if (project.acronym) values.title = project.acronym;
  if (project.title && project.title.toLocaleLowerCase('en') !== project.acronym?.toLocaleLowerCase('en')) values.fullName = project.title;
  else missing.push('CORDIS gives no full name besides the acronym, so fullName is left out.');
  values.grantAgreement = project.id;
  if (project.programme) values.programme = project.programme;
  else {
    const named = project.frameworkProgrammes.length ? ` (it names ${project.frameworkProgrammes.join(', ')})` : '';
    missing.push(`CORDIS names no programme this tool knows${named}, so programme is left out; write it, such as: programme: Horizon Europe`);
  }
  if (project.startDate) values.start = project.startDate;
  else missing.push('CORDIS gives no start date, so start is left out; add it once a source gives it.');
  if (project.endDate) values.end = project.endDate;
  else missing.push('CORDIS gives no end date, so end is left out; add it once a source gives it.');
  if (project.coordinator) values.coordinator = coordinatorName(project.coordinator);
  else missing.push('CORDIS names no coordinator, so coordinator is left out; add it once a source gives it.');
  values.sources = [cordisUrl(project.id)];
  values.listed = today;
  values.reviewed = today;

  const organisations = [project.coordinator, ...project.partners].filter((organisation) => organisation !== undefined);
  const cities = citySuggestions(organisations);
  const withoutCity = organisations.filter((organisation) => !organisation.city || !organisation.country).length;
  return {
    values,
    suggestions: cities.length ? { cities: cityLines(cities) } : undefined,
    filled: Object.keys(values),
    missing,
    partnersNote: cities.length
      ? `The partners' cities (${cities.length} from ${organisations.length} organisations${withoutCity ? `, ${withoutCity} without an address` : ''}) are in the file as a commented list: CORDIS gives where partners are registered, not the cities the project works in, so choose the ones the page should show and give each its role.`
      : undefined,
  };
}

/** "UITP (Union Internationale des Transports Publics)", or the name alone without a short name. */
export function coordinatorName(organisation: CordisOrganisation): string {
  const { shortName, name } = organisation;
  return shortName && shortName.toLocaleLowerCase('en') !== name.toLocaleLowerCase('en') ? `${shortName} (${name})` : name;
}

interface CitySuggestion {
  name: string;
  country: string;
  organisations: string[];
}

function citySuggestions(organisations: readonly CordisOrganisation[]): CitySuggestion[] {
  const byCity = new Map<string, CitySuggestion>();
  for (const organisation of organisations) {
    if (!organisation.city || !organisation.country) continue;
    const key = `${organisation.city.toLocaleLowerCase('en')}|${organisation.country}`;
    const entry = byCity.get(key) ?? { name: organisation.city, country: organisation.country, organisations: [] };
    entry.organisations.push(organisation.role === 'participant' ? organisation.name : `${organisation.name} (${roleWords(organisation.role)})`);
    byCity.set(key, entry);
  }
  return [...byCity.values()];
}

function roleWords(role: string): string {
  return role === 'thirdParty' ? 'third party' : role.replace(/([a-z])([A-Z])/g, '$1 $2').toLocaleLowerCase('en');
}

/** The commented `cities:` block; the role is left empty so the check asks for it once a line is used. */
function cityLines(cities: readonly CitySuggestion[]): string[] {
  return [
    "cities: a suggestion from CORDIS, which gives where each partner is registered, not the",
    'cities the project works in. Keep the cities the page should show, give each its role',
    '(such as Living Lab), and remove the # at the start of the cities: line and of each kept line.',
    'cities:',
    ...cities.map((city) => {
      const shown = city.organisations.slice(0, NAMES_PER_CITY).join('; ');
      const more = city.organisations.length > NAMES_PER_CITY ? ` and ${city.organisations.length - NAMES_PER_CITY} more` : '';
      return `  - { name: ${inlineYaml(city.name)}, country: ${city.country}, role: }   # ${shown}${more}`;
    }),
  ];
}
