import { countryName } from '../content/fields';

/**
 * CORDIS writes organisations' cities and legal names in capitals ("LAS PALMAS DE GRAN
 * CANARIA"), and uses the EU's own country codes for two countries. These turn them into
 * what an editor would write.
 */

/** Small words that stay in lower case inside a name: "Las Palmas de Gran Canaria", "Frankfurt am Main". */
const PARTICLES = new Set([
  'a', 'am', 'an', 'and', 'auf', 'aan', 'bei', 'da', 'das', 'de', 'degli', 'dei', 'del', 'della', 'der', 'des', 'di', 'do',
  'dos', 'du', 'el', 'en', 'et', 'for', 'im', 'in', 'la', 'las', 'le', 'les', 'los', 'of', 'op', 'on', 'sur', 'the',
  'per', 'upon', 'van', 'von', 'y', 'zu', 'zum', 'zur',
]);

/** Legal forms after a company's name, written as the companies write them. */
const LEGAL_FORMS: Record<string, string> = {
  ab: 'AB', ag: 'AG', as: 'AS', asbl: 'ASBL', bv: 'BV', gmbh: 'GmbH', nv: 'NV', oy: 'Oy', sa: 'SA', sl: 'SL', spa: 'SpA', srl: 'SRL',
};

/** "BRUSSELS" → "Brussels", "LAS PALMAS DE GRAN CANARIA" → "Las Palmas de Gran Canaria", "SAINT-ÉTIENNE" → "Saint-Étienne". */
export function readableCapitals(text: string): string {
  const trimmed = text.normalize('NFC').trim();
  // Text already in mixed case ("EIT Climate-KIC") was written that way on purpose.
  if (trimmed !== trimmed.toLocaleUpperCase('en')) return trimmed;
  return trimmed
    .split(/\s+/)
    .map((word, index) => {
      const lower = word.toLocaleLowerCase('en');
      if (index > 0 && PARTICLES.has(lower)) return lower;
      const [, bare = '', after = ''] = /^(.*?)(\W*)$/u.exec(lower) ?? [];
      if (index > 0 && LEGAL_FORMS[bare]) return `${LEGAL_FORMS[bare]}${after}`;
      return lower
        .split('-')
        .map((part, partIndex) => capitalisePart(part, index === 0 && partIndex === 0))
        .join('-');
    })
    .join(' ');
}

/** "l'hospitalet" → "L'Hospitalet" at the start of a name, "d'ascq" → "d'Ascq" inside it. */
function capitalisePart(part: string, first: boolean): string {
  const elision = /^([a-z])['’](.+)$/u.exec(part);
  if (elision) return `${first ? elision[1]!.toLocaleUpperCase('en') : elision[1]}'${capitalise(elision[2]!)}`;
  return capitalise(part);
}

/** The first letter in capitals, after any opening bracket or quote: "(iclei" → "(Iclei". */
function capitalise(word: string): string {
  return word.replace(/\p{L}/u, (letter) => letter.toLocaleUpperCase('en'));
}

/** The EU writes Greece as EL and the United Kingdom as UK; ISO 3166, which the content uses, says GR and GB. */
const EU_TO_ISO: Record<string, string> = { EL: 'GR', UK: 'GB' };

/** A CORDIS country code as an ISO 3166 code, or undefined when it is not a country. */
export function isoCountryCode(code: string): string | undefined {
  const upper = code.trim().toUpperCase();
  const iso = EU_TO_ISO[upper] ?? upper;
  return countryName(iso) ? iso : undefined;
}
