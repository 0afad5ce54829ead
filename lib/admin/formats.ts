import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * How the CMS reads and writes content files: Decap CMS custom formats, registered by the
 * admin's entry module (lib/admin/entry.ts). Decap's own formats parse dates into
 * timestamps (`2023-01-01` comes back as `2023-01-01T00:00:00.000Z`), drop every comment
 * and rewrite the whole file in their own style. These read YAML 1.2 exactly as
 * `npm run check` does (lib/content/frontmatter.ts: dates stay text, `"101095904"` stays
 * text) and write an edit into the file as it was, so a pull request shows only what the
 * editor changed:
 * - saved without changes, a file is written back byte for byte;
 * - otherwise only the changed values are replaced, in place: comments, quoting, `{ … }`
 *   lines and the order of the fields stay; a new field goes where the form lists it, a
 *   new list item takes the style of the items before it; an emptied optional field is
 *   removed rather than written empty (which the check would refuse).
 */

/** The formats' names, as config.yml uses them. */
export const CMS_FORMATS = { frontmatter: 'liaison-frontmatter', themes: 'liaison-themes', places: 'liaison-places' } as const;

/**
 * A field the form never shows: the file as it was read, so that saving can start from it.
 * Decap keeps fields it has no widget for, and this one is never written to a file.
 */
export const SOURCE_FIELD = '__source';

/** One of Decap's custom formats. */
export interface CmsFormat {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: readonly string[]): string;
}

/** The comment that lets editors' YAML tools find the project schema, as `npm run new` writes it. */
export const SCHEMA_COMMENT = ' yaml-language-server: $schema=../project.schema.json';

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: true } as const;
const FRONTMATTER = /^(---[ \t]*\r?\n)([\s\S]*?\r?\n)?(---[ \t]*)(\r?\n|$)([\s\S]*)$/;

type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Optional fields the form left empty (`''`, no items) are absent from the file, as the check expects. */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty).filter((item) => item !== undefined);
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
      .map(([key, child]) => [key, withoutEmpty(child)] as const)
      .filter(([, child]) => child !== undefined && !(Array.isArray(child) && child.length === 0) && !(isPlainObject(child) && Object.keys(child).length === 0));
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  if (value === null || value === undefined || value === '') return undefined;
  return value;
}

/** Whether two plain values (from YAML or from the form) are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameValue(a[key], b[key]));
  }
  return a === b;
}

/** The plain value of a YAML text, as YAML 1.2 reads it (as the check does). */
function readYaml(text: string): unknown {
  return parseDocument(text).toJS() ?? undefined;
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

function isFlow(node: unknown): boolean {
  return (isMap(node) || isSeq(node)) && Boolean((node as YAMLMap | YAMLSeq).flow);
}

/** A node for a new value, in the style of its siblings (`{ … }` items stay `{ … }`). */
function created(doc: Document, value: unknown, flow: boolean): Node {
  const node = doc.createNode(value) as Node;
  if (flow && (isMap(node) || isSeq(node))) node.flow = true;
  return node;
}

/**
 * Writes `value` into the YAML node that held the old one, changing only what differs.
 * `order` is where new keys of a mapping go: after the last present key that comes before them.
 */
function patch(doc: Document, node: unknown, value: unknown, order: readonly string[] = []): Node {
  if (isMap(node) && isPlainObject(value)) {
    for (const pair of [...node.items]) {
      const key = keyOf(pair);
      if (typeof key !== 'string' || !(key in value)) node.delete(key);
    }
    const flow = node.items.some((pair) => isFlow(pair.value));
    for (const [key, child] of Object.entries(value)) {
      const index = node.items.findIndex((pair) => keyOf(pair) === key);
      if (index >= 0) {
        const pair = node.items[index]!;
        pair.value = patch(doc, pair.value, child);
        continue;
      }
      const pair = doc.createPair(key, created(doc, child, flow && isPlainObject(child)));
      const rank = order.indexOf(key);
      let at = node.items.length;
      if (rank >= 0) {
        const before = node.items.map((item, position) => ({ position, rank: order.indexOf(String(keyOf(item))) })).filter((item) => item.rank >= 0 && item.rank < rank);
        const after = node.items.map((item, position) => ({ position, rank: order.indexOf(String(keyOf(item))) })).filter((item) => item.rank > rank);
        if (before.length > 0) at = Math.max(...before.map((item) => item.position)) + 1;
        else if (after.length > 0) at = Math.min(...after.map((item) => item.position));
      }
      node.items.splice(at, 0, pair);
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const flow = node.items.length > 0 && node.items.every(isFlow);
    node.items.splice(value.length);
    value.forEach((child, index) => {
      node.items[index] = index < node.items.length ? patch(doc, node.items[index], child) : created(doc, child, flow);
    });
    return node;
  }
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    if (node.value === value) return node;
    // Same kind of value: keep the node, so its quoting and comments stay.
    if (typeof node.value === typeof value) {
      node.value = value;
      return node;
    }
  }
  return created(doc, value, isFlow(node));
}

/** The new YAML text for `value`, starting from the text it was read from (if any). */
function writeYaml(value: unknown, source: string | undefined, order: readonly string[], fresh: (doc: Document) => void = () => {}): string {
  if (source !== undefined && sameValue(readYaml(source), value)) return source;
  const doc = source === undefined ? new Document() : parseDocument(source);
  if (source === undefined || doc.contents === null) {
    doc.contents = created(doc, isPlainObject(value) ? ordered(value, order) : value, false) as typeof doc.contents;
    fresh(doc);
  } else {
    doc.contents = patch(doc, doc.contents, value, order) as typeof doc.contents;
  }
  return doc.toString(STRINGIFY);
}

/** A copy of a mapping with its keys in the form's order, the ones the form does not know last. */
function ordered(value: Plain, order: readonly string[]): Plain {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => rank(a) - rank(b)));
}

/** Lists of mappings (cities, joint activities) are written one `{ … }` line per item, as the content does. */
function flowListItems(doc: Document): void {
  if (!isMap(doc.contents)) return;
  for (const pair of doc.contents.items) {
    if (isSeq(pair.value) && pair.value.items.every(isMap) && keyOf(pair) === 'cities') {
      for (const item of pair.value.items) (item as YAMLMap).flow = true;
    }
  }
}

/** Markdown with YAML frontmatter: projects, the host and the accessibility statement. */
export const frontmatterFormat: CmsFormat = {
  fromFile(content) {
    const match = FRONTMATTER.exec(content);
    if (!match) return { body: content, [SOURCE_FIELD]: content };
    const data = readYaml(match[2] ?? '');
    return { ...(isPlainObject(data) ? data : {}), body: match[5] ?? '', [SOURCE_FIELD]: content };
  },
  toFile(data, sortedKeys = []) {
    const { body = '', [SOURCE_FIELD]: source, ...fields } = data;
    const match = typeof source === 'string' ? FRONTMATTER.exec(source) : null;
    const value = withoutEmpty(fields) ?? {};
    const yaml = writeYaml(value, match ? (match[2] ?? '') : undefined, sortedKeys, (doc) => {
      doc.commentBefore = SCHEMA_COMMENT;
      flowListItems(doc);
    });
    const text = typeof body === 'string' ? body : '';
    if (match) return `${match[1]}${yaml}${match[3]}${match[4] || '\n'}${text}`;
    return `---\n${yaml}---\n${text}`;
  },
};

/** content/themes.yml (`id:` → label and description) as the list of themes the form edits. */
export const themesFormat: CmsFormat = {
  fromFile(content) {
    const data = readYaml(content);
    const themes = isPlainObject(data)
      ? Object.entries(data).map(([id, theme]) => ({ id, ...(isPlainObject(theme) ? theme : {}) }))
      : [];
    return { themes, [SOURCE_FIELD]: content };
  },
  toFile(data) {
    const themes = Array.isArray(data.themes) ? data.themes : [];
    const value = Object.fromEntries(
      themes.filter(isPlainObject).map(({ id, ...theme }) => [String(id ?? ''), withoutEmpty(theme) ?? {}]),
    );
    return writeYaml(value, typeof data[SOURCE_FIELD] === 'string' ? data[SOURCE_FIELD] : undefined, []);
  },
};

/** content/places.yml, a list at the top of the file, as one list field the form edits. */
export const placesFormat: CmsFormat = {
  fromFile(content) {
    const data = readYaml(content);
    return { places: Array.isArray(data) ? data : [], [SOURCE_FIELD]: content };
  },
  toFile(data) {
    const places = withoutEmpty(Array.isArray(data.places) ? data.places : []) ?? [];
    return writeYaml(places, typeof data[SOURCE_FIELD] === 'string' ? data[SOURCE_FIELD] : undefined, []);
  },
};

/** Every format, by the name config.yml gives it, with the file extension Decap needs. */
export const FORMATS: Record<(typeof CMS_FORMATS)[keyof typeof CMS_FORMATS], { extension: string; format: CmsFormat }> = {
  [CMS_FORMATS.frontmatter]: { extension: 'md', format: frontmatterFormat },
  [CMS_FORMATS.themes]: { extension: 'yml', format: themesFormat },
  [CMS_FORMATS.places]: { extension: 'yml', format: placesFormat },
};
