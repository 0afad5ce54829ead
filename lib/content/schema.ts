import { z } from 'zod';
import {
  contactAddress,
  countryCode,
  grantAgreementNumber,
  httpsUrl,
  isoDate,
  isoDay,
  oneOf,
  plainText,
} from './fields';
import { PUBLIC_FILE_PATH } from './urls';
import { describeContrastProblem, HEX_COLOUR } from './contrast';

/**
 * The content model, in one place. The TypeScript types, the editors' JSON Schema
 * (`content/project.schema.json`) and the field table in `content/README.md` are all
 * generated from these schemas and their descriptions.
 */

/** File names of projects become their addresses: `content/projects/<slug>.md`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Image types a logo may have; browsers show all of them. */
export const LOGO_EXTENSIONS = ['.svg', '.png', '.jpg', '.jpeg', '.webp', '.avif'] as const;

/** The summary doubles as the search-engine description, which is cut near this length. */
export const SUMMARY_MAX_LENGTH = 300;

/** Where the theme vocabulary lives, for messages that send editors there. */
export const THEMES_FILE = 'content/themes.yml';

export const citySchema = z
  .strictObject({
    name: z.string().trim().min(1).meta({ description: 'Name of the city or region.', examples: ['Valencia'] }),
    country: countryCode.meta({
      description: 'Two-letter ISO country code.',
      examples: ['ES'],
    }),
    role: z
      .string()
      .trim()
      .min(1)
      .meta({ description: 'Its part in the project, in a few words.', examples: ['Living Lab'] }),
  })
  .meta({ description: 'A city or region taking part.' });

/** A joint activity of a project and the host, such as a shared workshop. */
export const synergySchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200).meta({
      description: 'What it was, in a few words, as its organisers name it.',
      examples: ['Joint online workshop on public transport and active mobility'],
    }),
    date: isoDate.optional().meta({
      description: 'When it took place, written like start (YYYY-MM-DD, or YYYY-MM or YYYY); leave it out when no source gives it.',
      examples: ['2024-03-21'],
    }),
    url: httpsUrl.optional().meta({
      description: 'A page about it, if there is one.',
      examples: ['https://www.upperprojecteu.eu/'],
    }),
  })
  .meta({ description: 'A joint activity with the host.' });

/** A logo's path in the public folder; `..` is refused so a path cannot leave it. */
export const logoPath = z
  .string()
  .regex(PUBLIC_FILE_PATH, {
    error: (issue) => {
      const written = String(issue.input);
      const suggestion = `/${written.replace(/^\.?\/*(public\/)?/, '')}`;
      return PUBLIC_FILE_PATH.test(suggestion)
        ? `should be a path inside the public folder that starts with /; write ${suggestion}`
        : 'should be a path inside the public folder that starts with /, such as /logos/upper.svg (letters, digits, - and _ only)';
    },
  })
  .refine((path) => LOGO_EXTENSIONS.some((extension) => path.toLowerCase().endsWith(extension)), {
    error: `is not an image; use a file ending in ${LOGO_EXTENSIONS.join(', ')}`,
  });

/**
 * Frontmatter of one project file. Built from the theme vocabulary so that editors' tools
 * can offer the known themes and the check can suggest the nearest one.
 */
export function createProjectSchema(themeIds: readonly string[] | undefined) {
  return z
    .strictObject({
      title: z.string().trim().min(1).max(60).meta({
        description: 'Short name or acronym; the heading of the card and the page.',
        examples: ['UPPER'],
      }),
      fullName: z.string().trim().min(1).optional().meta({
        description: 'Full name, shown under the title.',
        examples: ['Unleashing the Potential of Public Transport in Europe'],
      }),
      summary: plainText(SUMMARY_MAX_LENGTH).meta({
        description: `One or two plain sentences (at most ${SUMMARY_MAX_LENGTH} characters) for the card and for search engines.`,
        examples: ['Puts public transport at the heart of urban mobility in ten European cities.'],
      }),
      website: httpsUrl.meta({
        description: 'The official website, linked as "More information".',
        examples: ['https://www.upperprojecteu.eu/'],
      }),
      programme: z.string().trim().min(1).optional().meta({
        description: 'The funding programme.',
        examples: ['Horizon Europe'],
      }),
      grantAgreement: grantAgreementNumber.optional().meta({
        description: 'The EU grant agreement number (digits); it links to the project on CORDIS.',
        examples: ['101095904'],
      }),
      start: isoDate.optional().meta({
        description: 'First day, as YYYY-MM-DD (or YYYY-MM or YYYY when only that is known).',
        examples: ['2023-01-01'],
      }),
      end: isoDate.optional().meta({
        description: 'Last day, written like start; leave it out when it is not known.',
        examples: ['2026-12-31'],
      }),
      coordinator: z.string().trim().min(1).optional().meta({
        description: 'The organisation that coordinates it.',
        examples: ['UITP (International Association of Public Transport)'],
      }),
      cities: z.array(citySchema).optional().meta({
        description: 'Cities and regions taking part, each with name, country and role.',
        examples: [[{ name: 'Valencia', country: 'ES', role: 'Living Lab' }]],
      }),
      // Without a readable vocabulary (its own problem is reported) any id passes here.
      themes: themeIdList(themeIds).optional().meta({
        description: `Theme ids from ${THEMES_FILE}.`,
        examples: [['public-transport']],
      }),
      synergies: z.array(synergySchema).optional().meta({
        description: 'Joint activities with the host project, each with title, date (if known) and url (if any); shown on the project page with what it shares with the host.',
        examples: [[{ title: 'Joint workshop', date: '2024-03' }]],
      }),
      logo: logoPath.optional().meta({
        description: 'A logo image in the public folder, written from /.',
        examples: ['/logos/upper.svg'],
      }),
      order: z.int().optional().meta({
        description: 'Position in the listing (lower comes first); otherwise alphabetical.',
        examples: [1],
      }),
      draft: z.boolean().default(false).meta({
        description: 'true keeps the project off the public site while you work on it.',
        examples: [true],
      }),
      sources: z.array(httpsUrl).min(1).meta({
        description: 'Web pages that back the facts on the page, one per line.',
        examples: [['https://cordis.europa.eu/project/id/101095904']],
      }),
      reviewed: isoDay.meta({
        description: 'The day the facts on the page were last checked against the sources, as YYYY-MM-DD; shown as "Facts checked on …".',
        examples: ['2026-11-29'],
      }),
      listed: isoDay.meta({
        description: 'The day the project was added to this page, as YYYY-MM-DD; the feeds list the newest first.',
        examples: ['2026-11-29'],
      }),
    })
    .meta({
      title: 'Project',
      description: 'Frontmatter of a project file in content/projects/.',
    });
}

/** A list of theme ids from the vocabulary; any id passes while the vocabulary itself is unreadable. */
function themeIdList(themeIds: readonly string[] | undefined) {
  return z.array(themeIds ? oneOf(themeIds, 'theme', THEMES_FILE) : z.string());
}

/** Frontmatter of `content/site.md`: the host project whose website this is. */
export function createHostSchema(themeIds: readonly string[] | undefined) {
  return z.strictObject({
    name: z.string().trim().min(1).meta({ description: 'Short name of the host project, usually its acronym.' }),
    fullName: z.string().trim().min(1).meta({ description: 'Full name of the host project.' }),
    website: httpsUrl.meta({ description: "The host project's own website." }),
    contact: contactAddress.meta({
      description:
        'Where visitors write about this site, such as an accessibility problem: an e-mail address, or the https address of a contact page. Shown in the footer and in the accessibility statement.',
      examples: ['accessibility@example.org'],
    }),
    programme: z.string().trim().min(1).meta({ description: 'Programme that funds the host.' }),
    grantAgreement: grantAgreementNumber.meta({ description: "The host's grant agreement number." }),
    grantingAuthority: z
      .strictObject({
        name: z.string().trim().min(1).meta({ description: 'Short name, as in the EU disclaimer.', examples: ['CINEA'] }),
        fullName: z.string().trim().min(1).meta({ description: 'Full name of the agency.' }),
      })
      .meta({ description: 'The EU body that manages the grant; the disclaimer names it.' }),
    description: plainText(SUMMARY_MAX_LENGTH).meta({
      description: 'One sentence about the listing page, for search engines and link previews.',
    }),
    cities: z.array(citySchema).optional().meta({
      description: "The host's own cities, to show which cities it shares with each project.",
    }),
    themes: themeIdList(themeIds).optional().meta({
      description: `The host's own theme ids from ${THEMES_FILE}, to show which themes it shares with each project.`,
    }),
    sources: z.array(httpsUrl).min(1).meta({
      description: "Web pages that back the host's facts (its cities and themes), one per line.",
    }),
    colour: hostColour.optional().meta({
      description: "The host's own colour, as #rrggbb: its name in the header is written in it. It must reach 3:1 against the site's backgrounds in the light and the dark scheme.",
      examples: ['#1a7f37'],
    }),
    logo: logoPath.optional().meta({
      description: "The host's logo, an image in the public folder written from /; shown in the header beside its name.",
      examples: ['/logos/host.svg'],
    }),
  });
}

/** A host's colour: six hex digits, readable on every background of both schemes (lib/content/contrast.ts). */
const hostColour = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const message = HEX_COLOUR.test(value)
      ? describeContrastProblem(value.toLowerCase())
      : `"${value}" is not a colour written as # and six hex digits; write it like #1a7f37 (quoted: colour: "#1a7f37")`;
    if (message) ctx.addIssue({ code: 'custom', message });
  })
  .transform((value) => value.toLowerCase())
  .meta({ pattern: HEX_COLOUR.source });

/** Frontmatter of `content/accessibility.md`. */
export const accessibilitySchema = z.strictObject({
  title: z.string().trim().min(1),
  description: plainText(SUMMARY_MAX_LENGTH),
  reviewed: isoDay.meta({ description: 'The day the statement was last reviewed, as YYYY-MM-DD.' }),
});

/** The one-line description of a theme is written on its page and the themes index. */
export const THEME_DESCRIPTION_MAX_LENGTH = 200;

/** One theme in `content/themes.yml`: the label visitors see and one sentence about it. */
export const themeSchema = z.strictObject(
  {
    label: z.string({ error: 'is missing; add the name visitors see, such as: label: Public transport' }).trim().min(1, { error: 'is empty; write the name visitors see, such as: label: Public transport' }),
    description: z
      .string({ error: 'is missing; add one plain sentence about the theme for its page, such as: description: Buses, trams and trains as the backbone of city travel.' })
      .pipe(plainText(THEME_DESCRIPTION_MAX_LENGTH)),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `${issue.keys.join(', ')} is not a known field of a theme; write only label and description` : undefined) },
);

/** `content/themes.yml`: theme id → its label and description. */
export const themesSchema = z.record(
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'theme ids are lowercase words joined by hyphens, such as public-transport',
  }),
  z.unknown().superRefine((value, ctx) => {
    // The earlier format, `id: Label` on one line, is common in old copies: say how to move on.
    if (typeof value === 'string') {
      ctx.addIssue({
        code: 'custom',
        message: `is written on one line; write the label and a one-sentence description on two indented lines below the id: label: ${value.trim() || 'Public transport'} and description: what the theme covers`,
      });
    } else if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', message: 'should be a label and a description on two indented lines below the id, such as: label: Public transport and description: what the theme covers' });
    }
  }).pipe(themeSchema),
);

/**
 * The part of the globe the map shows (content/places.yml is checked against it): Europe
 * from the Canary Islands to the North Cape. A place outside it is most often a latitude
 * and longitude written the wrong way round.
 */
export const MAP_BOUNDS = { latitude: [27, 71.5], longitude: [-19, 35] } as const;

function coordinate(axis: keyof typeof MAP_BOUNDS, example: number) {
  const [least, most] = MAP_BOUNDS[axis];
  // A custom issue, so the message (not a generic "too small") reaches the editor.
  return z
    .number()
    .superRefine((value, ctx) => {
      if (value >= least && value <= most) return;
      ctx.addIssue({
        code: 'custom',
        message: `${value} is outside the map, which shows ${axis}s from ${least} to ${most}; check the number, and that latitude and longitude are not swapped`,
      });
    })
    .meta({ description: `In decimal degrees${axis === 'latitude' ? ', north positive' : ', east positive (west of Greenwich is negative)'}.`, examples: [example] });
}

/** One entry of `content/places.yml`: where a city of the content lies, and who says so. */
export const placeSchema = z
  .strictObject({
    name: z.string().trim().min(1).meta({ description: 'The city exactly as the content writes it.', examples: ['Valencia'] }),
    country: countryCode.meta({ description: 'Two-letter ISO country code, as the content writes it.', examples: ['ES'] }),
    latitude: coordinate('latitude', 39.47),
    longitude: coordinate('longitude', -0.38),
    source: httpsUrl.meta({
      description: 'A page that gives these coordinates, such as the city on Wikipedia or GeoNames.',
      examples: ['https://en.wikipedia.org/wiki/Valencia'],
    }),
  })
  .meta({ description: 'A city the map can place.' });

/** `content/places.yml`: the gazetteer, a list of places. */
export const placesSchema = z.array(placeSchema);
