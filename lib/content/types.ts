import type { DatePrecision } from './fields';

/** Where a project stands today, derived from its dates. */
export type ProjectStatus = 'planned' | 'ongoing' | 'completed';

/** One entry of the theme vocabulary in `content/themes.yml`. */
export interface Theme {
  id: string;
  label: string;
}

/** A city or region taking part in a project. */
export interface City {
  name: string;
  /** ISO 3166 two-letter code. */
  country: string;
  /** The country's English name, for display. */
  countryName: string;
  role: string;
}

/** A date and how precisely it is known, so it is never shown more precisely than written. */
export interface ProjectDate {
  date: Date;
  precision: DatePrecision;
}

/** A related initiative, ready for pages: validated, derived and rendered once. */
export interface Project {
  /** From the file name: `content/projects/<slug>.md` → `/projects/<slug>/`. */
  slug: string;
  title: string;
  fullName?: string;
  summary: string;
  website: string;
  programme?: string;
  grantAgreement?: string;
  /** The project's page on CORDIS, the EU's research results service. */
  cordisUrl?: string;
  start?: ProjectDate;
  end?: ProjectDate;
  /** Undefined when it cannot be known: started, with no end date given. */
  status?: ProjectStatus;
  coordinator?: string;
  cities: City[];
  themes: Theme[];
  /** The logo's address on the site (with the base path, if any). */
  logo?: string;
  order?: number;
  draft: boolean;
  sources: string[];
  /** The day its facts were last checked against the sources. */
  reviewed: Date;
  /** The description, as sanitised HTML. */
  html: string;
  /** The file it came from, relative to the content folder's parent. */
  file: string;
}

/** The host project: the EU-funded project whose website this is. */
export interface Site {
  name: string;
  fullName: string;
  website: string;
  programme: string;
  grantAgreement: string;
  grantingAuthority: { name: string; fullName: string };
  description: string;
  /** The listing page's introduction, as sanitised HTML. */
  introHtml: string;
}

/** A page of prose kept in `content/`, such as the accessibility statement. */
export interface TextPage {
  title: string;
  description: string;
  reviewed: Date;
  html: string;
}

/** Everything the site shows, loaded and checked as one. */
export interface Content {
  site: Site;
  themes: Theme[];
  /** Sorted by `order`, then title. */
  projects: Project[];
  accessibility: TextPage;
}
