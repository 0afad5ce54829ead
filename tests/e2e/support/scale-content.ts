import { SUMMARY_MAX_LENGTH } from '@/lib/content/schema';

/**
 * Project text for the scale suite's 1000 projects, at the long end of what editors write,
 * each different: a full name of about 85 characters and a summary of about 210 (the
 * real projects' run to 55 and 165), and a description of about 3 KB (theirs, 1.6 to 2 KB).
 * Copies of one text would flatter every gzipped figure: gzip stores a repeat as a short
 * reference, so a listing of 24 identical cards costs little more than one. Sentences are
 * put together from phrases by a generator seeded with the project's number, so every
 * build writes the same files.
 */

const ACTIONS = ['tests', 'pilots', 'scales up', 'measures', 'designs with residents', 'compares across cities', 'evaluates', 'brings together'];
const SUBJECTS = [
  'on-demand buses for suburbs and villages',
  'priority lanes and signals for trams',
  'safe cycling routes to railway stations',
  'shared bikes, scooters and cars at mobility hubs',
  'one ticket for every operator in a region',
  'low-emission zones with fair exemptions',
  'night services for shift workers',
  'school streets closed to through traffic',
  'accessible stops for people with reduced mobility',
  'electric ferries and their charging points',
  'freight deliveries by cargo bike',
  'park-and-ride sites turned into transport hubs',
];
const PARTNERS = [
  'transport operators, city officials and universities',
  'regional authorities, residents and local businesses',
  'cycling groups, schools and health services',
  'start-ups, research centres and public transport unions',
  'planners, disability organisations and employers',
  'ports, logistics firms and neighbourhood councils',
];
const PLACES = [
  'ten European cities and regions',
  'five living labs and five twinning cities',
  'three capitals and their commuter belts',
  'small towns along two railway corridors',
  'coastal cities with strong tourist seasons',
  'cities of Central and Eastern Europe',
  'university cities with young populations',
  'metropolitan areas with fast-growing suburbs',
];
const AIMS = [
  'so that fewer people need a private car',
  'to cut the emissions of daily trips',
  'so that transport serves every neighbourhood',
  'to make streets safer and quieter',
  'so that what works in one city can be tried in another',
  'to win back passengers lost during the pandemic',
  'to give planners data they can trust',
  'so that residents shape the services they use',
];

/** Mulberry32: a small, fast generator, good enough to vary text. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** The frontmatter lines a copy writes itself, and its description. */
export function scaleProjectText(id: string): { frontmatter: string[]; body: string } {
  const random = generator(Number(id) * 7919);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentence = () => `It ${pick(ACTIONS)} ${pick(SUBJECTS)} with ${pick(PARTNERS)} in ${pick(PLACES)}, ${pick(AIMS)}.`;
  const summary = `Project ${id} ${pick(ACTIONS)} ${pick(SUBJECTS)} with ${pick(PARTNERS)} in ${pick(PLACES)}, ${pick(AIMS)}.`;
  const fullName = `${pick(SUBJECTS).replace(/^./, (first) => first.toUpperCase())} in ${pick(PLACES)}`;
  if (summary.length > SUMMARY_MAX_LENGTH) throw new Error(`The generated summary of project ${id} is ${summary.length} characters long.`);
  const paragraph = (count: number) => Array.from({ length: count }, sentence).join(' ');
  const body = [
    `Project ${id} ${pick(ACTIONS)} ${pick(SUBJECTS)}. ${paragraph(3)}`,
    '## What it does',
    Array.from({ length: 5 }, () => `- It ${pick(ACTIONS)} ${pick(SUBJECTS)}, ${pick(AIMS)}.`).join('\n'),
    paragraph(3),
    '## Who takes part',
    paragraph(3),
    '## What it has found',
    `${paragraph(3)} Its reports are on [its website](https://project-${id}.example.org/results/).`,
  ].join('\n\n');
  return { frontmatter: [`title: Project ${id}`, `fullName: ${fullName}`, `summary: ${summary}`], body };
}
