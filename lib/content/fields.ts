import { z } from 'zod';
import { formatDay, PARTIAL_ISO_DATE, parsePartialDate } from '../day';
import { closest } from './suggest';
import { describeWebAddressProblem } from './urls';
import { inlineYaml } from './yaml-text';

/**
 * Field validators shared by every content schema. Each failure message is written for an
 * editor: it says what is wrong with the value and what to write instead.
 */

/**
 * `31/12/2026` (or with dots or hyphens) as the date to write instead, `2026-12-31`, and
 * `01/2019` as `2019-01`.
 * Day first, as most of Europe writes it, unless only month first makes a date; when both
 * do, the date is spelt out so the editor can tell which one was meant.
 */
function fromDayMonthYear(value: string): string | undefined {
  // `01/2019`: a month and a year, which is `2019-01`.
  const monthYear = /^(\d{1,2})[./-](\d{4})$/.exec(value.trim());
  if (monthYear) {
    const iso = `${monthYear[2]}-${monthYear[1]!.padStart(2, '0')}`;
    return parsePartialDate(iso) ? iso : undefined;
  }
  const match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value.trim());
  if (!match) return undefined;
  const [, first = '', second = '', year = ''] = match;
  const iso = (day: string, month: string) => `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const dayFirst = parsePartialDate(iso(first, second));
  const monthFirst = parsePartialDate(iso(second, first));
  if (dayFirst && monthFirst && first !== second) {
    return `${iso(first, second)} if you mean ${formatDay(dayFirst.first)}`;
  }
  if (dayFirst) return iso(first, second);
  if (monthFirst) return iso(second, first);
  return undefined;
}

/**
 * A date as YYYY-MM-DD, or as YYYY-MM or YYYY when only the month or year is known
 * (better than a made-up day). A bare year arrives from YAML as a number, which is fine.
 */
export const isoDate = z
  .union([z.string(), z.int()])
  .superRefine((raw, ctx) => {
    const value = String(raw);
    if (parsePartialDate(value)) return;
    const converted = fromDayMonthYear(value);
    ctx.addIssue({
      code: 'custom',
      message: PARTIAL_ISO_DATE.test(value)
        ? `"${value}" is not a real date; check the month (01–12) and the day`
        : converted
          ? `"${value}" is not a date in the form YYYY-MM-DD; write ${converted}`
          : `"${value}" is not a date in the form YYYY-MM-DD; write for example 2023-01-01`,
    });
  })
  .transform((raw) => String(raw))
  .meta({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' });

/** A day, written in full as YYYY-MM-DD: for dates the site itself records, such as reviews. */
export const isoDay = isoDate
  .superRefine((value, ctx) => {
    if (parsePartialDate(value)?.precision === 'day') return;
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a full date; write the day too, in the form YYYY-MM-DD` });
  })
  .meta({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/**
 * A full https:// address of a public web page, tidied as a browser reads it: spaces
 * around it dropped, scheme and host in lower case.
 */
export const httpsUrl = z
  .string()
  .superRefine((value, ctx) => {
    const message = describeWebAddressProblem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  })
  .transform((value) => new URL(value.trim()).href)
  .meta({ format: 'uri', pattern: '^https://' });

const EMAIL_ADDRESS = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}$/i;

/**
 * Where visitors write to: an e-mail address (`accessibility@example.org`), or the https
 * address of a contact page. Written as the editor wrote it, spaces around it dropped.
 */
export const contactAddress = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (EMAIL_ADDRESS.test(value.replace(/^mailto:/i, ''))) return;
    if (/^https?:\/\//i.test(value)) {
      const message = describeWebAddressProblem(value);
      if (message) ctx.addIssue({ code: 'custom', message });
      return;
    }
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is neither an e-mail address nor a web address; write one such as accessibility@example.org or https://example.org/contact`,
    });
  })
  .transform((value) => value.replace(/^mailto:/i, ''));

/** A contact as a link: `mailto:` for an e-mail address, the page's address otherwise. */
export function contactHref(contact: string): string {
  return /^https:\/\//i.test(contact) ? new URL(contact).href : `mailto:${contact}`;
}

/** Plain text on one or more lines, without HTML or markdown links. */
export function plainText(maxLength: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(maxLength)
    .superRefine((value, ctx) => {
      if (/<[a-z/!][^>]*>/i.test(value)) {
        ctx.addIssue({
          code: 'custom',
          message: 'is plain text and cannot contain HTML tags; remove the <…> parts',
        });
      }
    });
}

/** EU grant agreement numbers have 6 digits (FP7, Horizon 2020) to 9 (Horizon Europe). */
export const GRANT_AGREEMENT = /^\d{6,9}$/;

const notAGrantNumber = (issue: { input?: unknown }) => {
  // Quote only what was written as text or a number; a list or a group is not worth repeating.
  const written = typeof issue.input === 'string' || typeof issue.input === 'number' ? `"${String(issue.input).trim()}"` : 'this';
  return `${written} is not a grant agreement number; write its 6 to 9 digits as CORDIS shows them, such as 101095904`;
};

/** A grant agreement number; YAML may read it as a number, which is fine. */
export const grantAgreementNumber = z
  .union([
    z.int({ error: notAGrantNumber }).min(100_000, { error: notAGrantNumber }).max(999_999_999, { error: notAGrantNumber }),
    z.string({ error: notAGrantNumber }).trim().regex(GRANT_AGREEMENT, { error: notAGrantNumber }),
  ])
  .transform(String);

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
let countryCodesByName: Map<string, string> | undefined;

/** The two-letter code of a country named in English ("Spain" → "ES"), if there is one. */
function countryCodeFor(name: string): string | undefined {
  if (!countryCodesByName) {
    countryCodesByName = new Map();
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const code = String.fromCharCode(first, second);
        const english = regionNames.of(code);
        if (english && english !== code) countryCodesByName.set(english.toLowerCase(), code);
      }
    }
  }
  return countryCodesByName.get(name.trim().toLowerCase());
}

/** English name of a country code ("ES" → "Spain"), or undefined for a code that is not one. */
export function countryName(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  const name = regionNames.of(code);
  return name && name !== code ? name : undefined;
}

/** A country as its ISO 3166 two-letter code, so names are spelt one way everywhere. */
export const countryCode = z.string().meta({ pattern: '^[A-Z]{2}$' }).superRefine((value, ctx) => {
  if (countryName(value)) return;
  const code = countryCodeFor(value) ?? (countryName(value.toUpperCase()) ? value.toUpperCase() : undefined);
  ctx.addIssue({
    code: 'custom',
    message: code
      ? `"${value}" should be written as its two-letter country code; write ${code}`
      : `"${value}" is not a two-letter country code; write one such as ES (Spain) or NO (Norway)`,
  });
});

/** One id from a controlled list, with a "did you mean" hint for near misses. */
export function oneOf(ids: readonly string[], listName: string, listFile: string) {
  const [first, ...rest] = ids;
  if (first === undefined) {
    return z.never({ error: `there is no ${listName} to choose from yet; add some to ${listFile}` });
  }
  return z.enum([first, ...rest], {
    error: (issue) => {
      // Anything may arrive here (a list, a group of fields), not only text.
      const value = typeof issue.input === 'string' ? issue.input : inlineYaml(issue.input);
      const suggestion = closest(value, ids);
      return suggestion
        ? `"${value}" is not a known ${listName}; did you mean "${suggestion}"?`
        : `"${value}" is not a known ${listName}; use one listed in ${listFile}, or add it there`;
    },
  });
}
