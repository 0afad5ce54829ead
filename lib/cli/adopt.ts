import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { input, select } from '@inquirer/prompts';
import { adopt, adoptedAlready, adoptionProblems, AlreadyAdopted, answerProblem, EXAMPLE_CHOICES, type Adoption, type ExampleChoice } from '../content/adopt';
import { GRANTING_AUTHORITIES } from '../content/granting-authorities';
import { CONTENT_FOLDER } from '../content/layout';
import { lookUpCordisProject } from '../facts/cordis';
import { PoliteClient } from '../facts/polite-client';
import { factsSettings, SettingError, type FactsSettings } from '../settings';
import { runCheck } from './check';

/**
 * `npm run adopt`: makes this copy of Liaison a new host's site. It asks in a terminal
 * (@inquirer/prompts: a bad answer gets the reason and the question again) and takes
 * flags otherwise; without a terminal it never waits for an answer, it names what is missing.
 * With `--cordis <grant agreement>` it first reads the project's record on CORDIS (the same
 * lookup as `npm run new -- --cordis`) for the name, full name, grant and programme.
 */

/** The flag that fills answers from CORDIS; not a question of its own. */
const CORDIS_FLAG = 'cordis';

type Answer = keyof Adoption;

/** One thing to know about the new host: its flag and its question. */
export interface Question {
  answer: Answer;
  flag: string;
  message: string;
  optional?: boolean;
  /** For a choice among a few: the values, each with what the adopter reads. */
  choices?: ReadonlyArray<{ value: string; name: string }>;
}

export const QUESTIONS: readonly Question[] = [
  { answer: 'name', flag: 'name', message: "Your project's short name, usually its acronym" },
  { answer: 'fullName', flag: 'full-name', message: 'Its full name' },
  { answer: 'grant', flag: 'grant', message: 'Its grant agreement number (6 to 9 digits, as on CORDIS)' },
  { answer: 'programme', flag: 'programme', message: 'The programme that funds it, such as Horizon Europe' },
  {
    answer: 'authority',
    flag: 'authority',
    message: 'The granting authority named in the EU disclaimer',
    choices: GRANTING_AUTHORITIES.map((authority) => ({ value: authority.name, name: authority.name === authority.fullName ? authority.name : `${authority.name} (${authority.fullName})` })),
  },
  { answer: 'website', flag: 'website', message: "Your project's website (https://…)" },
  { answer: 'contact', flag: 'contact', message: 'Where visitors write about the site, accessibility problems too: an email address or a contact page (https://…)' },
  {
    answer: 'examples',
    flag: 'examples',
    message: 'The example projects',
    choices: [
      { value: 'drafts', name: 'keep them as drafts to learn from (shown in npm run dev only)' },
      { value: 'remove', name: 'start with no projects' },
    ] satisfies ReadonlyArray<{ value: ExampleChoice; name: string }>,
  },
];

/** A question's answer checked by the content schema: true, or the reason to ask again. */
export function validateAnswer(question: Question, value: string): true | string {
  const problem = answerProblem(question.answer as Parameters<typeof answerProblem>[0], value);
  if (!problem) return true;
  // The check's messages start with the value when they quote it, with the verb otherwise.
  return problem.startsWith('"') ? problem : `This answer ${problem}`;
}

/**
 * The prompt that asks a question, and how: a list to choose from, or a line to type that
 * is asked again, with the reason, until it is valid. Apart from `ask` so tests can drive
 * the same prompt through @inquirer/testing.
 */
export function promptFor(question: Question, given?: string) {
  if (question.choices) {
    return { prompt: select<string>, config: { message: question.message, choices: question.choices, default: given } } as const;
  }
  return { prompt: input, config: { message: question.message, default: given, validate: (value: string) => validateAnswer(question, value) } } as const;
}

/** Asks one question in the terminal. */
export function ask(question: Question, given?: string): Promise<string> {
  const { prompt, config } = promptFor(question, given);
  return (prompt as (config: unknown) => Promise<string>)(config);
}

export interface AdoptRun {
  root: string;
  argv: string[];
  /** Whether a person is at a terminal to answer; never ask without one. */
  interactive: boolean;
  log(line: string): void;
  ask?: typeof ask;
  /** Where CORDIS is asked (LIAISON_CORDIS_URL and the fact tools' timing by default). */
  facts?: FactsSettings;
}

/**
 * The answers a project's CORDIS record gives: name, full name, grant and programme. The
 * website and the granting authority are not in the record, so they are still asked.
 */
async function answersFromCordis(grantAgreement: string, facts: FactsSettings): Promise<{ answers: Partial<Record<Answer, string>> } | { problem: string }> {
  const problem = answerProblem('grant', grantAgreement);
  if (problem) return { problem: `--cordis: ${problem.startsWith('"') ? problem : `"${grantAgreement}" ${problem}`}` };
  const lookup = await lookUpCordisProject(new PoliteClient(facts), facts.cordisUrl, grantAgreement.trim());
  if (lookup.kind !== 'found') return { problem: `--cordis: ${lookup.message}. Nothing was written; give the facts as flags instead, or try again.` };
  const { project } = lookup;
  const answers: Partial<Record<Answer, string>> = { grant: project.id };
  if (project.acronym) answers.name = project.acronym;
  if (project.title) answers.fullName = project.title;
  if (project.programme) answers.programme = project.programme;
  return { answers };
}

/** Runs the command; resolves to its exit code. */
export async function runAdopt({ root, argv, interactive, log, ask: askOne = ask, facts }: AdoptRun): Promise<number> {
  let flags: Record<string, string | undefined>;
  const flagNames = [...QUESTIONS.map((question) => question.flag), CORDIS_FLAG];
  try {
    flags = parseArgs({
      args: argv,
      options: Object.fromEntries(flagNames.map((flag) => [flag, { type: 'string' as const }])),
      strict: true,
      allowPositionals: false,
    }).values as Record<string, string | undefined>;
  } catch (error) {
    log(`${(error as Error).message}. The flags are: ${flagNames.map((flag) => `--${flag}`).join(', ')}.`);
    return 1;
  }

  // Before any question: answers that could never be written are not worth asking for.
  const refusal = await adoptedAlready(root);
  if (refusal) {
    log(`Nothing was changed: ${refusal}.`);
    return 1;
  }

  // CORDIS's facts come first; a flag written beside --cordis wins over the record.
  let fromCordis: Partial<Record<Answer, string>> = {};
  const cordisId = flags[CORDIS_FLAG];
  if (cordisId !== undefined) {
    let settings: FactsSettings;
    try {
      settings = facts ?? factsSettings();
    } catch (error) {
      if (!(error instanceof SettingError)) throw error;
      log(error.message);
      return 1;
    }
    const found = await answersFromCordis(cordisId, settings);
    if ('problem' in found) {
      log(found.problem);
      const rest = QUESTIONS.filter((question) => flags[question.flag] === undefined).map((question) => `--${question.flag}`);
      if (rest.length > 0) log(`Without --cordis, give ${rest.join(', ')} as well (or run npm run adopt in a terminal to be asked).`);
      return 1;
    }
    fromCordis = found.answers;
    const named = QUESTIONS.filter((question) => fromCordis[question.answer] !== undefined && flags[question.flag] === undefined);
    log(`From CORDIS (${cordisId.trim()}): ${named.map((question) => `${question.flag} ${fromCordis[question.answer]}`).join('; ')}.`);
  }

  const answers: Partial<Record<Answer, string>> = {};
  for (const question of QUESTIONS) {
    const given = flags[question.flag] ?? fromCordis[question.answer];
    const valid = given !== undefined && validateAnswer(question, given) === true;
    try {
      answers[question.answer] = interactive && !valid ? await askOne(question, given) : given;
    } catch (error) {
      // Ctrl+C at a question: stop quietly, as nothing has been written yet.
      if (!(error instanceof Error && error.name === 'ExitPromptError')) throw error;
      log('Stopped; nothing was written.');
      return 1;
    }
  }

  const problems = adoptionProblems(answers);
  const wrong = QUESTIONS.filter((question) => problems[question.answer]);
  if (wrong.length > 0) {
    const missing = wrong.filter((question) => !answers[question.answer]?.trim());
    if (missing.length > 0) {
      log(`npm run adopt cannot ask here (no terminal), so it needs ${missing.map((question) => `--${question.flag}`).join(', ')}.`);
    }
    for (const question of wrong.filter((one) => !missing.includes(one))) log(`--${question.flag}: ${problems[question.answer]}`);
    log(`For example: npm run adopt -- --name ACRONYM --full-name "Full name" --grant 101000000 --programme "Horizon Europe" --authority ${GRANTING_AUTHORITIES[0].name} --website https://example.org/ --contact info@example.org --examples ${EXAMPLE_CHOICES.join('|')}`);
    log(`or, with the name, full name, grant and programme from CORDIS: npm run adopt -- --cordis 101000000 --authority ${GRANTING_AUTHORITIES[0].name} --website https://example.org/ --contact info@example.org --examples ${EXAMPLE_CHOICES.join('|')}`);
    return 1;
  }

  let written: string[];
  try {
    written = await adopt(root, answers as Adoption);
  } catch (error) {
    if (!(error instanceof AlreadyAdopted)) throw error;
    log(`Nothing was changed: ${error.message}.`);
    return 1;
  }
  log(`Wrote ${written.filter((file) => !file.endsWith('.gitkeep')).join(', ')}.`);
  log(`${CONTENT_FOLDER}/example/ stays as it is: it is the example, and later updates to it merge without touching your files.`);

  const check = await runCheck(path.join(root, CONTENT_FOLDER));
  for (const line of check.lines) log(line);
  if (check.exitCode !== 0) return check.exitCode;
  const steps: Array<[string, string]> = [
    ['npm run dev', 'preview your site at http://localhost:3000'],
    [`Edit ${CONTENT_FOLDER}/site.md`, 'add your cities, themes and sources, and a colour or a logo if you like'],
    [`Review ${CONTENT_FOLDER}/accessibility.md`, 'it names your project now; check every sentence, then its reviewed date'],
    ['npm run new -- "Project name"', 'add the projects you work with, then npm run check'],
    ['Commit, then publish', 'README.md, "Use it for your project": Vercel, GitHub Pages or any static host'],
  ];
  const width = Math.max(...steps.map(([what]) => what.length));
  log(['', 'Next steps:', ...steps.map(([what, why], index) => `  ${index + 1}. ${what.padEnd(width)}  ${why}`)].join('\n'));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runAdopt({
    root: process.cwd(),
    argv: process.argv.slice(2),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    log: (line) => console.log(line),
  });
}
