import type { z } from 'zod';
import type { ProjectDate } from '../day';
import type { accessibilitySchema, citySchema, createProjectSchema, createHostSchema, synergySchema, themeSchema } from './schema';

/**
 * The content as pages use it. Fields that pages show as written come from the zod
 * schemas (`z.output`), so they are declared once; only what loading derives is added here.
 */

type ProjectFields = z.output<ReturnType<typeof createProjectSchema>>;
type HostFields = z.output<ReturnType<typeof createHostSchema>>;
type AccessibilityFields = z.output<typeof accessibilitySchema>;

export type { ProjectStatus } from '../status-of-day';
import type { ProjectStatus, StatusDates } from '../status-of-day';

/** One entry of the theme vocabulary in `content/themes.yml`. */
export type Theme = z.output<typeof themeSchema> & {
  /** The id projects use, and the theme page's address: `/themes/<id>/`. */
  id: string;
};

/** A city or region taking part in a project, or one of the host's. */
export type City = z.output<typeof citySchema> & {
  /** The country's English name, for display beside its ISO 3166 code. */
  countryName: string;
  /**
   * Where it lies, from content/places.yml. Every city of loaded content has one: the
   * check refuses a city the gazetteer lacks.
   */
  position?: GeoPosition;
};

/** A point on the globe, in decimal degrees. */
export interface GeoPosition {
  latitude: number;
  longitude: number;
}

export type { ProjectDate } from '../day';

/** A joint activity of a project and the host, with its date as precisely as known. */
export type Synergy = Omit<z.output<typeof synergySchema>, 'date'> & { date?: ProjectDate };

/** A related initiative, ready for pages: validated, derived and rendered once. */
export type Project = Omit<ProjectFields, 'start' | 'end' | 'cities' | 'themes' | 'reviewed' | 'listed' | 'synergies'> & {
  /** From the file name: `content/projects/<slug>.md` → `/projects/<slug>/`. */
  slug: string;
  /** The project's page on CORDIS, the EU's research results service. */
  cordisUrl?: string;
  start?: ProjectDate;
  end?: ProjectDate;
  /** Undefined when it cannot be known: started, with no end date given. */
  status?: ProjectStatus;
  /** The days the status is decided by, carried in the page so the browser can redo it. */
  statusDates: StatusDates;
  /** Joint activities with the host, in the order written. */
  synergies: Synergy[];
  cities: City[];
  themes: Theme[];
  /** The logo's address on the site (with the base path, if any). */
  logo?: string;
  /** The day its facts were last checked against the sources. */
  reviewed: Date;
  /** The day it was added to the site; feeds and the sitemap date it by this. */
  listed: Date;
  /** The description below the fields, as sanitised HTML. */
  descriptionHtml: string;
  /** The file it came from, relative to the content folder's parent. */
  file: string;
};

/** The host project: the EU-funded project whose website this is. */
export type Host = Omit<HostFields, 'cities' | 'themes'> & {
  /** The host's own cities, to compare with each project's. */
  cities: City[];
  /** The host's own themes, to compare with each project's. */
  themes: Theme[];
  /** The listing page's introduction, as sanitised HTML. */
  introductionHtml: string;
  /** The contact as a link: `mailto:…` or the contact page. */
  contactHref: string;
};

/** A page of prose kept in `content/`, such as the accessibility statement. */
export type TextPage = Omit<AccessibilityFields, 'reviewed'> & {
  reviewed: Date;
  /** The text below the fields, as sanitised HTML. */
  textHtml: string;
};

/** Everything the site shows, loaded and checked as one. */
export interface Content {
  host: Host;
  themes: Theme[];
  /** Sorted by `order`, then title. */
  projects: Project[];
  accessibility: TextPage;
}
