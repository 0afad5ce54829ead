import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isoCountryCode, readableCapitals } from './readable-names';

/**
 * A project's record on CORDIS, the EU's official record of the research it funds, as
 * `https://cordis.europa.eu/project/id/<id>/en?format=xml` gives it, reduced to the facts a
 * project page shows.
 */
export interface CordisProject {
  /** The grant agreement number. */
  id: string;
  acronym?: string;
  /** The full name. */
  title?: string;
  /** YYYY-MM-DD. */
  startDate?: string;
  endDate?: string;
  /** The framework programmes named by the record's programme entries (HORIZON, H2020…), each once. */
  frameworkProgrammes: string[];
  /** The first of them as editors write it: "Horizon Europe"; undefined when none is known. */
  programme?: string;
  coordinator?: CordisOrganisation;
  /** Every other organisation, in CORDIS's order: participants, partners and third parties. */
  partners: CordisOrganisation[];
  /** The day CORDIS last changed the record (YYYY-MM-DD), to date what the report quotes. */
  updated?: string;
}

/** One organisation of a project, where CORDIS says it is registered. */
export interface CordisOrganisation {
  /** CORDIS's role: coordinator, participant, partner, thirdParty… */
  role: string;
  /** The legal name, in readable capitals. */
  name: string;
  /** The short name as CORDIS writes it (often an acronym), if any. */
  shortName?: string;
  /** The city, in readable capitals. */
  city?: string;
  /** ISO 3166 code (CORDIS's EL and UK become GR and GB). */
  country?: string;
}

/** Framework programme codes as the content writes programmes. */
export const PROGRAMME_NAMES: Record<string, string> = {
  HORIZON: 'Horizon Europe',
  H2020: 'Horizon 2020',
  FP7: 'Seventh Framework Programme (FP7)',
};

// Elements that CORDIS writes once when there is one and repeats when there are several:
// read them as lists always, so a project with a single organisation is no special case.
const ALWAYS_LISTS = new Set(['organization', 'programme']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  // Grant numbers and dates stay text ("0101…" must not become a number).
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ALWAYS_LISTS.has(name),
});

type Node = Record<string, unknown>;

/** Reads a CORDIS project record; undefined when the text is not one (an error page, say). */
export function parseCordisProject(xml: string): CordisProject | undefined {
  if (XMLValidator.validate(xml) !== true) return undefined;
  const project = (parser.parse(xml) as Node).project;
  if (!isNode(project)) return undefined;
  const id = text(project.id);
  if (!id) return undefined;
  const associations = node(node(project.relations)?.associations);
  const organisations = list(associations?.organization).map(readOrganisation).filter((organisation) => organisation !== undefined);
  const frameworkProgrammes = unique(list(associations?.programme).map(frameworkOf).filter((code) => code !== undefined));
  return {
    id,
    acronym: text(project.acronym),
    title: text(project.title),
    startDate: day(project.startDate),
    endDate: day(project.endDate),
    frameworkProgrammes,
    programme: frameworkProgrammes.map((code) => PROGRAMME_NAMES[code]).find(Boolean),
    coordinator: organisations.find((organisation) => organisation.role === 'coordinator'),
    partners: organisations.filter((organisation) => organisation.role !== 'coordinator'),
    updated: day(project.lastUpdateDate) ?? day(project.contentUpdateDate),
  };
}

function readOrganisation(value: unknown): CordisOrganisation | undefined {
  if (!isNode(value)) return undefined;
  const legalName = text(value.legalName);
  if (!legalName) return undefined;
  const address = node(value.address);
  const city = text(address?.city);
  const country = text(address?.country);
  return {
    role: text(value['@type']) ?? 'participant',
    name: readableCapitals(legalName),
    shortName: text(value.shortName),
    city: city && readableCapitals(city),
    country: country && (isoCountryCode(country) ?? country),
  };
}

/** HORIZON, H2020…: said by an entry's frameworkProgramme, or by the start of its code (HORIZON.2.5, H2020-EU.3.4). */
function frameworkOf(value: unknown): string | undefined {
  if (!isNode(value)) return undefined;
  const named = text(value.frameworkProgramme);
  if (named) return named.toUpperCase();
  const code = text(value.code)?.toUpperCase();
  return Object.keys(PROGRAMME_NAMES).find((framework) => code?.startsWith(`${framework}.`) || code?.startsWith(`${framework}-`));
}

/** `2023-01-01`, or the day of `2024-09-12 10:31:02`. */
function day(value: unknown): string | undefined {
  return /^\d{4}-\d{2}-\d{2}/.exec(text(value) ?? '')?.[0];
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  // An element with attributes arrives as an object holding its text.
  if (isNode(value)) return text(value['#text']);
  return undefined;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function node(value: unknown): Node | undefined {
  return isNode(value) ? value : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
