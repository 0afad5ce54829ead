// @vitest-environment node
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkContent, loadContent, type LoadOptions } from '@/lib/content/load';
import { ContentError, type ContentProblem } from '@/lib/content/problems';
import { createProjectSchema } from '@/lib/content/schema';
import { makeContentFixture, type ContentFixture } from '../../helpers/content-fixture';

/**
 * Issue 11, "Never crash": whatever an editor (or a broken editor, or an attacker) saves as
 * a project file, the loader either loads the content or lists problems that name the
 * file. It never throws anything else, so `npm run check` and the build always tell the
 * editor what to fix instead of printing a stack trace.
 *
 * Each case writes one project file into a copy of the fixture site and loads the whole
 * folder. fast-check picks a new seed on every run; a failure prints the seed, the shrunk
 * counterexample and the error, and `fc.assert(…, { seed, path })` replays it.
 */

/** The file every case writes; everything else in the fixture site stays valid. */
const GENERATED = 'content/projects/gamma.md';
const TODAY = new Date('2025-06-15T12:00:00Z');

/**
 * Cases per property: 2,014 per run in all. With nothing to shrink, the file runs in 25 to
 * 35 s on a 2-core machine; deep nesting is few cases but slow (up to seconds each).
 */
const RUNS = { bytes: 300, frontmatter: 800, mutatedFrontmatter: 500, body: 400, deepNesting: 14 } as const;
/** Per property, with room for shrinking a counterexample, which reruns the loader often. */
const TIMEOUT = 180_000;

let fixture: ContentFixture;
/** Line counts of the fixture's files, to judge the line numbers of problems. */
const fixtureLines = new Map<string, number>();

beforeAll(async () => {
  fixture = await makeContentFixture();
  for (const name of ['alpha.md', 'beta.md']) {
    const file = `content/projects/${name}`;
    fixtureLines.set(file, lineCount(await readFile(path.join(fixture.root, file))));
  }
});

afterAll(async () => {
  if (fixture) await rm(fixture.root, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------
// The property: problems or content, never a crash.

type Entry = 'checkContent' | 'loadContent';

/** Writes the generated file, loads the site, and checks what the loader said about it. */
async function expectProblemsNotCrash(file: string | Uint8Array, entry: Entry): Promise<void> {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  await fixture.write(GENERATED, bytes);
  // Anything thrown here (a URIError, a TypeError, a stack overflow) fails the property.
  const problems = await problemsFrom(entry);
  const lines = new Map([...fixtureLines, [GENERATED, lineCount(bytes)]]);
  const defects = problems.flatMap((problem) =>
    defectsOf(problem, lines).map((defect) => `${defect}: ${JSON.stringify(problem)}`),
  );
  if (problems.length > 0 && !problems.some((problem) => problem.file === GENERATED)) {
    defects.push(`no problem names ${GENERATED}, the only file that changed`);
  }
  expect(defects).toEqual([]);
}

const options = (): LoadOptions => ({ contentDir: fixture.contentDir, today: TODAY, reviewDay: TODAY });

async function problemsFrom(entry: Entry): Promise<readonly ContentProblem[]> {
  if (entry === 'checkContent') {
    const report = await checkContent(options());
    expect(report.content === undefined, 'content is withheld exactly when there are problems').toBe(
      report.problems.length > 0,
    );
    return [...report.problems, ...report.warnings];
  }
  try {
    await loadContent(options());
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    expect(error.problems.length, 'a ContentError lists its problems').toBeGreaterThan(0);
    return error.problems;
  }
}

/** What is wrong with one problem as an editor would read it; nothing when it is fine. */
function defectsOf(problem: ContentProblem, lines: ReadonlyMap<string, number>): string[] {
  const defects: string[] = [];
  if (typeof problem.file !== 'string' || problem.file.trim() === '') defects.push('no file');
  if (typeof problem.message !== 'string' || problem.message.trim() === '') defects.push('no message');
  const count = lines.get(problem.file);
  if (count === undefined) defects.push('names a file that is not in the content folder');
  // Another project file is only ever involved together with the generated one (a title
  // both use), and then the message names the generated file.
  if (problem.file !== GENERATED && !String(problem.message).includes(GENERATED)) {
    defects.push(`is about another file without naming ${GENERATED}`);
  }
  if (problem.line !== undefined) {
    const { line } = problem;
    if (!Number.isInteger(line) || line < 1 || (count !== undefined && line > count + 1)) {
      defects.push(`line ${line} is not a line of the file (it has ${count})`);
    }
  }
  return defects;
}

/** Lines as editors count them; the loader reads \r\n and a lone \r as line ends too. */
function lineCount(bytes: Uint8Array): number {
  return new TextDecoder().decode(bytes).split(/\r\n|\r|\n/).length;
}

// ---------------------------------------------------------------------------------------
// Hostile pieces of text, addresses and values.

/** Characters and snippets that mean something to YAML, markdown, HTML or URLs. */
const PIECES = [
  '\n', '\r', '\r\n', '\t', ' ', '  ', ':', ': ', '-', '- ', '---', '---\n', '\n---\n', '...',
  '*', '&', '!', '%', '@', '`', '|', '>', '#', '"', "'", '[', ']', '{', '}', ',', '?', '\\',
  '\u0000', '\uFEFF', '\u2028', '\u00A0', '\u202E', 'é', 'e\u0301', '😀', '\uD800', '<', '<b>',
  '*a', '&a', '!tag', '!!binary', '<<: *a', '&a [1]', '*a*', '[x](#%zz)', '%zz', '%E0%A4%A',
];

/** Link and picture addresses that have broken, or could break, a check or the page. */
const NASTY_URLS = [
  '#%zz', '#%E0%A4%A', '#%', '#', '#results', '#Results', '#section-results', '#%F0%9F%98%80',
  'HTTPS://x.eu/', 'hTtPs://X.EU/a?b#c', ' https://x.eu/ ', 'https://x.eu/%zz', 'https://x',
  'https://', 'https://[::1]/', 'https://ex ample.eu/', 'https://例え.jp/', 'https://x.eu/\u2028',
  'https://user:pass@x.eu/', 'http://x.eu/', 'http://www.x.eu/', 'www.x.eu', 'x.eu',
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
  '&#106;avascript:alert(1)', 'jav&#x61;script:alert(1)', 'javascript&colon;alert(1)',
  '%6A%61vascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2Zz4=', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'ftp://x.eu/',
  'about:blank', 'blob:https://x.eu/1', '/../../etc/hostname', '/%2e%2e/%2e%2e/etc/passwd',
  '/..%2f..%2fetc/passwd', '/logos/alpha.svg', '/logos/alpha.svg?v=1#x', '/logos/missing.png',
  '/logos/', '/', '/projects/beta/', '/projects/beta', '/projects/gamma/', '/projects/alpha/#results',
  '/accessibility/', '/nowhere/', '/\\evil.eu', '///evil.eu', '//evil.com', '\\\\evil.eu\\x',
  'mailto:', 'mailto:a@b.eu', 'tel:', 'tel:+32 2 000 00 00', '', ' ', '\t', '😀', '\u202E', '\u0000',
  '%', '%%', '../x', './x', '?q=1', 'a b', '<', '>', '(', ')',
];

/** Keys JavaScript gives a meaning of its own: `String(value)` calls `toString`, `await` calls `then`. */
const MACHINERY_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'toJSON', 'then'];
/** Keys a project file should not have: machinery, gray-matter's own options, near misses. */
const HOSTILE_KEYS = [
  ...MACHINERY_KEYS, 'excerpt_separator', 'excerpt', 'Title', 'titel', 'source', 'theme', '', ' ', '-', '?',
  '<<', 'title ', '"title"', '0', 'name', 'country', 'role',
];

const nastyText = fc.string({ unit: fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })) });
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), nastyText);
const url = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_URLS), weight: 4 },
  { arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }), weight: 2 },
  { arbitrary: text, weight: 1 },
);

/** Any value YAML can hold, including objects whose keys shadow `toString` and friends. */
const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: text, weight: 2 },
    { arbitrary: url, weight: 1 },
    {
      arbitrary: fc.constantFrom(null, true, false, 0, -0, -1, 1e21, 2 ** 53, Infinity, NaN, 'yes', 'NO', '~', '.inf'),
      weight: 1,
    },
    { arbitrary: fc.integer(), weight: 1 },
    { arbitrary: fc.double(), weight: 1 },
    { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
    { arbitrary: fc.array(tie('value'), { maxLength: 3 }), weight: 1 },
    { arbitrary: fc.dictionary(fc.constantFrom(...MACHINERY_KEYS), tie('value'), { minKeys: 1, maxKeys: 3 }), weight: 3 },
    { arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string()), tie('value'), { maxKeys: 3 }), weight: 1 },
  ),
})).value;

const dateValue = fc.oneof(
  fc
    .tuple(fc.date({ min: new Date('1000-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }), fc.constantFrom(4, 7, 10))
    .map(([date, length]) => date.toISOString().slice(0, length)),
  fc.constantFrom(
    '2023-02-29', '2024-02-29', '2023-13-01', '2023-00-10', '2023-01-32', '31/12/2026', '12/31/2026',
    '1/2/2026', '01.02.2026', '2026-1-1', '0000', '9999-12-31', '2023-01-01T00:00:00Z', 2024, 20240101,
    '2025-06-14', '2025-06-16', '2025-06-17', '2024-06-14', '2024-06-15',
  ),
  hostileValue,
);

const city = fc.record(
  {
    name: fc.oneof(fc.constantFrom('Valencia', '', ' '), text),
    country: fc.oneof(fc.constantFrom('ES', 'es', ' es ', 'XX', 'ZZ', 'Spain', 'UK', 'EL', 'NO', ''), text),
    role: fc.oneof(fc.constant('Living Lab'), text),
  },
  { requiredKeys: [] },
);

/** Values near what each real field expects; unknown fields get any value. */
const FIELD_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  title: fc.oneof(fc.constantFrom('GAMMA', 'ALPHA', 'alpha', 'Beta', ' ', 'x'.repeat(61)), text),
  fullName: fc.oneof(fc.constantFrom('GAMMA', ' gamma ', 'Gamma Project'), text),
  summary: fc.oneof(fc.constantFrom('Gamma.', '<b>bold</b>', '[x](https://x.eu)', 'x'.repeat(301)), text),
  website: url,
  programme: text,
  grantAgreement: fc.oneof(fc.constantFrom('101000001', 101000001, '0101', 1e20, -5, '１２３４５'), fc.integer(), text),
  start: dateValue,
  end: dateValue,
  reviewed: dateValue,
  listed: dateValue,
  coordinator: text,
  cities: fc.array(fc.oneof({ arbitrary: city, weight: 4 }, { arbitrary: hostileValue, weight: 1 }), { maxLength: 3 }),
  themes: fc.array(
    fc.oneof(fc.constantFrom('public-transport', 'Public transport', 'public_transport', 'publictransport', ''), hostileValue),
    { maxLength: 3 },
  ),
  logo: fc.oneof(
    fc.constantFrom('/logos/alpha.svg', '/logos/alpha.SVG', '/logos/missing.png', 'logos/alpha.svg', 'public/logos/alpha.svg', '/../x.svg', '/logos/%2e%2e.svg', '/logos/', '/x.txt'),
    url,
  ),
  order: fc.oneof(fc.integer(), fc.double(), fc.constantFrom('1', 2 ** 53, 1.5)),
  draft: fc.oneof(fc.boolean(), fc.constantFrom('yes', 'NO', 'true', 1, 'on')),
  sources: fc.oneof(fc.array(url, { maxLength: 3 }), url),
};

/** The real field names, read from the schema so the generator follows it. */
const FIELDS = Object.keys(createProjectSchema(undefined).shape);

const fieldEntry: fc.Arbitrary<[string, unknown]> = fc.oneof(
  { arbitrary: fc.constantFrom(...FIELDS).chain((name) => fc.tuple(fc.constant(name), fieldValue(name))), weight: 5 },
  { arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_KEYS), hostileValue), weight: 2 },
);

function fieldValue(name: string): fc.Arbitrary<unknown> {
  const near = FIELD_VALUES[name];
  return near ? fc.oneof({ arbitrary: near, weight: 4 }, { arbitrary: hostileValue, weight: 1 }) : hostileValue;
}

// ---------------------------------------------------------------------------------------
// Whole files.

/** A project file that loads; the generators below start from it and break it. */
const VALID_FIELDS: Array<[string, unknown]> = [
  ['title', 'GAMMA'],
  ['summary', 'Gamma tests buses.'],
  ['website', 'https://gamma.example.org/'],
  ['sources', ['https://gamma.example.org/']],
  ['reviewed', '2025-06-01'],
  ['listed', '2025-06-01'],
];
const VALID_BODY = 'Gamma runs [buses](https://gamma.example.org/buses), see [results](#results).\n\n## Results\n\nMany.\n';
const VALID_FRONTMATTER = stringify(Object.fromEntries(VALID_FIELDS));
const VALID_FILE = `---\n${VALID_FRONTMATTER}---\n${VALID_BODY}`;

/** Frontmatter fields: some of the valid ones kept, some changed, some unknown added. */
const frontmatterFields = fc
  .tuple(fc.subarray(VALID_FIELDS), fc.array(fieldEntry, { maxLength: 6 }))
  .map(([kept, changed]) => new Map([...kept, ...changed]));

/**
 * Frontmatter as the YAML library writes it (always well-formed YAML), or as an editor
 * might type it: `key: value` with the value unquoted, lists one item per line.
 */
const frontmatterText = fc
  .tuple(frontmatterFields, fc.constantFrom('yaml', 'typed'))
  .map(([fields, style]) => (style === 'yaml' ? stringify(fields) : typedFrontmatter(fields)));

function typedFrontmatter(fields: ReadonlyMap<string, unknown>): string {
  const typed = (value: unknown) =>
    typeof value === 'string' ? value : stringify(value, { collectionStyle: 'flow' }).trimEnd();
  return [...fields]
    .map(([key, value]) =>
      Array.isArray(value) && value.length > 0
        ? `${key}:\n${value.map((item) => `  - ${typed(item)}`).join('\n')}`
        : `${key}: ${typed(value)}`,
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** Windows line ends and a byte-order mark are common from Windows editors. */
const saved = fc.record({ crlf: fc.boolean(), bom: fc.boolean() });
function save(file: string, { crlf, bom }: { crlf: boolean; bom: boolean }): string {
  return `${bom ? '\uFEFF' : ''}${crlf ? file.replace(/\n/g, '\r\n') : file}`;
}

/** One edit of text: remove a few characters somewhere and insert others there. */
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 4 }),
  insert: fc.oneof(fc.constantFrom(...PIECES, ''), fc.string({ unit: 'binary', maxLength: 3 })),
});

function applyEdits(file: string, edits: ReadonlyArray<{ at: number; remove: number; insert: string }>): string {
  return edits.reduce((result, { at, remove, insert }) => {
    const index = at % (result.length + 1);
    return result.slice(0, index) + insert + result.slice(index + remove);
  }, file);
}

/** The same on bytes, which may leave the file no longer UTF-8. */
const byteEdit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 4 }),
  insert: fc.oneof(
    fc.uint8Array({ maxLength: 4 }),
    fc.string({ unit: 'binary', maxLength: 3 }).map((piece) => new TextEncoder().encode(piece)),
    // A BOM, a lone CR, NUL, an overlong slash, an encoded surrogate, past U+10FFFF.
    fc.constantFrom(...[[0xef, 0xbb, 0xbf], [0x0d], [0x00], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]].map((bytes) => Uint8Array.from(bytes))),
  ),
});

function applyByteEdits(file: Uint8Array, edits: ReadonlyArray<{ at: number; remove: number; insert: Uint8Array }>): Uint8Array {
  return edits.reduce((result, { at, remove, insert }) => {
    const index = at % (result.length + 1);
    return Uint8Array.from([...result.subarray(0, index), ...insert, ...result.subarray(index + remove)]);
  }, file);
}

const fileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 512 }),
  fc.uint8Array({ maxLength: 256 }).map((bytes) => Uint8Array.from([...new TextEncoder().encode('---\n'), ...bytes])),
  fc.array(byteEdit, { minLength: 1, maxLength: 6 }).map((edits) => applyByteEdits(new TextEncoder().encode(VALID_FILE), edits)),
);

// ---------------------------------------------------------------------------------------
// Markdown descriptions, from fragments: headings, links, pictures, HTML, footnotes, lists.

const HTML_BITS = [
  '<div>', '</div>', '<script>alert(1)</script>', '<!-- note -->', '<!-->', '<!-- a --><b>x</b><!-- b -->',
  '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '<![CDATA[x]]>', '<?php echo 1 ?>',
  '<!DOCTYPE html>', '<svg><script>alert(1)</script></svg>', '<iframe src="https://evil.eu"></iframe>',
  '<style>*{}</style>', '<x-y>', '</', '<a', '<br/>', '<p id="main">x</p>',
];
const MARKS = [
  '---', '***', '___', '> ', '- ', '+ ', '1. ', '1) ', '    ', '\t', '*', '**', '_', '~~', '~', '`', '```', '~~~',
  '\\', '&amp;', '&#0;', '&#x61;', '&colon;', '&nbsp;', '<', '>', '|', '[', ']', '(', ')', '!', '^', '=',
];

const words = fc.oneof(fc.constantFrom('Results', 'results', 'Our results', 'x', '', 'www.x.eu', 'a@b.eu'), text);
const label = fc.oneof(fc.constantFrom('1', 'ref', 'Ref', 'x y', '^1', ' ', 'results'), text);
const linkTitle = fc.constantFrom('', ' "t"', " 't'", ' (t)', ' "a\\"b"', ' "');

const fragment = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 7 }), words).map(([depth, heading]) => `${'#'.repeat(depth)} ${heading}`),
  fc.tuple(words, fc.constantFrom('===', '---')).map(([heading, underline]) => `${heading}\n${underline}`),
  words,
  fc.tuple(words, url, linkTitle).map(([link, address, title]) => `[${link}](${address}${title})`),
  fc.tuple(words, url).map(([link, address]) => `[${link}](<${address}>)`),
  fc.tuple(words, label).map(([link, ref]) => `[${link}][${ref}]`),
  label.map((ref) => `[${ref}][] [${ref}]`),
  fc.tuple(label, url, linkTitle).map(([ref, address, title]) => `\n[${ref}]: ${address}${title}\n`),
  fc.tuple(words, url, linkTitle).map(([alt, address, title]) => `![${alt}](${address}${title})`),
  fc.tuple(words, label).map(([alt, ref]) => `![${alt}][${ref}]`),
  fc.tuple(words, url, url).map(([alt, picture, link]) => `[![${alt}](${picture})](${link})`),
  url.map((address) => `<${address}>`),
  url,
  fc.constantFrom(...HTML_BITS),
  label.map((ref) => `[^${ref}]`),
  fc.tuple(label, words).map(([ref, note]) => `\n[^${ref}]: ${note}\n`),
  fc.tuple(fc.constantFrom('- [ ] ', '- [x] ', '* [X] ', '1. [ ] ', '- [ ]', '- [x]\n'), words).map(([task, item]) => task + item),
  fc.tuple(words, url).map(([cell, address]) => `| a | b |\n| --- | :-: |\n| ${cell} | [x](${address}) |`),
  words.map((code) => `\`${code}\``),
  fc.tuple(fc.constantFrom('```', '~~~', '```js', '````'), words).map(([fence, code]) => `${fence}\n${code}\n${fence}`),
  fc.constantFrom(...MARKS),
);
const separator = fc.constantFrom('', ' ', '\n', '\n\n', '\r\n', '\t', '\n    ', '\n> ', '\n- ');
const body = fc
  .array(fc.tuple(fragment, separator), { maxLength: 12 })
  .map((parts) => parts.map(([part, after]) => part + after).join(''));

/**
 * Constructs that nest. Parsing them is slow (a case takes up to seconds at the deepest),
 * so few cases try them, with the depth uniform up to `MAX_DEPTH`.
 */
const NESTING = [
  { name: 'block quotes', open: '> ', close: '' },
  { name: 'list items', open: '- ', close: '' },
  { name: 'numbered items', open: '1. ', close: '' },
  { name: 'emphasis', open: '*', close: '*' },
  { name: 'links', open: '[', close: '](/projects/beta/)' },
  { name: 'strikethrough', open: '~~a ', close: ' b~~' },
] as const;
const MAX_DEPTH = 1_500;

// ---------------------------------------------------------------------------------------

describe('the loader never crashes on a hostile project file', () => {
  it('reads the valid file the generators start from', async () => {
    await fixture.write(GENERATED, VALID_FILE);
    const report = await checkContent(options());
    expect(report.problems).toEqual([]);
  });

  it('reports random and damaged bytes as problems of the file', async () => {
    await fc.assert(
      fc.asyncProperty(fileBytes, (bytes) => expectProblemsNotCrash(bytes, 'loadContent')),
      { numRuns: RUNS.bytes },
    );
  }, TIMEOUT);

  it('reports any frontmatter fields and values as problems of the file', async () => {
    await fc.assert(
      fc.asyncProperty(frontmatterText, fc.constantFrom('', VALID_BODY), saved, (frontmatter, description, how) =>
        expectProblemsNotCrash(save(`---\n${frontmatter}---\n${description}`, how), 'checkContent'),
      ),
      { numRuns: RUNS.frontmatter },
    );
  }, TIMEOUT);

  it('reports frontmatter with characters inserted, deleted and replaced', async () => {
    await fc.assert(
      fc.asyncProperty(frontmatterText, fc.array(edit, { minLength: 1, maxLength: 8 }), saved, (frontmatter, edits, how) =>
        expectProblemsNotCrash(save(applyEdits(`---\n${frontmatter}---\n${VALID_BODY}`, edits), how), 'loadContent'),
      ),
      { numRuns: RUNS.mutatedFrontmatter },
    );
  }, TIMEOUT);

  it('reports descriptions with any headings, links, pictures, HTML and footnotes', async () => {
    await fc.assert(
      fc.asyncProperty(body, saved, (description, how) =>
        expectProblemsNotCrash(save(`---\n${VALID_FRONTMATTER}---\n${description}`, how), 'checkContent'),
      ),
      { numRuns: RUNS.body },
    );
  }, TIMEOUT);

  it('reports descriptions nested thousands of levels deep', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NESTING), fc.noBias(fc.integer({ min: 1, max: MAX_DEPTH })), ({ open, close }, depth) =>
        expectProblemsNotCrash(
          `---\n${VALID_FRONTMATTER}---\n${open.repeat(depth)}x${close.repeat(depth)}\n`,
          'checkContent',
        ),
      ),
      // No shrinking: the depth at which the stack runs out moves as the JIT warms up, so
      // shrinking would spend minutes on cases that pass or fail by chance.
      { numRuns: RUNS.deepNesting, endOnFailure: true },
    );
  }, TIMEOUT);
});
