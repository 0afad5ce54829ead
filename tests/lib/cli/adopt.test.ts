// @vitest-environment node
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { render } from '@inquirer/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promptFor, QUESTIONS, runAdopt, type Question } from '@/lib/cli/adopt';
import { activeContentDirectory } from '@/lib/content/layout';
import { loadContent } from '@/lib/content/load';
import { ADOPTER_FLAGS, asArgs } from '../../helpers/adopter';
import { FIXTURES } from '../../helpers/content-fixture';
import { startCordisServer, type LocalServer } from '../../helpers/local-server';

/** The example host of these tests: the fixture site, whose statement names it. */
const EXAMPLE_NAME = 'HOST';
const EXAMPLE_WEBSITE = 'https://host.example.org/';
const STATEMENT = `---
title: Accessibility statement
description: How accessible the test site is.
reviewed: 2025-06-01
---
The ${EXAMPLE_NAME} project is committed to making this website accessible. Tell us
through the [${EXAMPLE_NAME} project website](${EXAMPLE_WEBSITE}).
`;

/** A copy of Liaison's layout with the fixture site as its example in content/example/. */
async function freshCopy(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'liaison-adopt-'));
  await mkdir(path.join(root, 'content'));
  await cp(path.join(FIXTURES, 'site', 'content'), path.join(root, 'content', 'example'), { recursive: true });
  await cp(path.join(FIXTURES, 'site', 'public'), path.join(root, 'public'), { recursive: true });
  await writeFile(path.join(root, 'content', 'example', 'accessibility.md'), STATEMENT);
  return root;
}

const FLAGS = ADOPTER_FLAGS;

/** Runs the command without a terminal, as CI does, failing the test if it ever asks. */
async function adoptWithFlags(root: string, flags: Record<string, string>, cordisUrl?: string) {
  const lines: string[] = [];
  const code = await runAdopt({
    root,
    argv: asArgs(flags),
    interactive: false,
    log: (line) => lines.push(line),
    ask: () => Promise.reject(new Error('asked a question without a terminal')),
    facts: cordisUrl ? { cordisUrl, delayMs: 1, timeoutMs: 2000 } : undefined,
  });
  return { code, output: lines.join('\n') };
}

describe('npm run adopt with flags', () => {
  it('makes content/ the new host’s, keeps the example, themes and places, and passes the check', async () => {
    const root = await freshCopy();
    const { code, output } = await adoptWithFlags(root, FLAGS);
    expect(code, output).toBe(0);
    expect(output).toMatch(/^OK: content\/ has no problems \(2 projects, 2 of them draft\)\.$/m);
    expect(output).toContain('Next steps:');
    expect(activeContentDirectory(root)).toBe(path.join(root, 'content'));

    const content = await loadContent({ contentDir: path.join(root, 'content'), includeDrafts: true });
    expect(content.host).toMatchObject({
      name: FLAGS.name,
      fullName: FLAGS['full-name'],
      grantAgreement: FLAGS.grant,
      programme: FLAGS.programme,
      website: FLAGS.website,
      contact: FLAGS.contact,
      grantingAuthority: { name: 'CINEA', fullName: 'European Climate, Infrastructure and Environment Executive Agency' },
    });
    expect(content.host.sources).toEqual([`https://cordis.europa.eu/project/id/${FLAGS.grant}`, FLAGS.website]);
    // The statement names the new host, and the example host nowhere.
    const statement = await readFile(path.join(root, 'content', 'accessibility.md'), 'utf8');
    expect(statement).toContain(`The ${FLAGS.name} project is committed`);
    expect(statement).toContain(`[${FLAGS.name} project website](${FLAGS.website})`);
    expect(statement).not.toContain(EXAMPLE_NAME);
    expect(statement).not.toContain(EXAMPLE_WEBSITE);
    // Themes and places are kept as they were.
    for (const file of ['themes.yml', 'places.yml']) {
      expect(await readFile(path.join(root, 'content', file), 'utf8')).toBe(await readFile(path.join(root, 'content', 'example', file), 'utf8'));
    }
    // The examples are drafts: in npm run dev, never published.
    expect(content.projects.map((project) => [project.slug, project.draft])).toEqual([
      ['alpha', true],
      ['beta', true],
    ]);
    // Nothing is published yet, so a build would stop and say why.
    await expect(loadContent({ contentDir: path.join(root, 'content') })).rejects.toThrow('content/projects: has no published project yet');
    // The example itself is untouched, so upstream changes to it still merge.
    expect(await readFile(path.join(root, 'content', 'example', 'accessibility.md'), 'utf8')).toBe(STATEMENT);
  });

  it('leaves out the example project that is the new host itself', async () => {
    const root = await freshCopy();
    const alpha = await readFile(path.join(root, 'content', 'example', 'projects', 'alpha.md'), 'utf8');
    const website = /^website: (.*)$/m.exec(alpha)![1]!;
    const { code, output } = await adoptWithFlags(root, { ...FLAGS, website });
    expect(code, output).toBe(0);
    expect((await readdir(path.join(root, 'content', 'projects'))).sort()).toEqual(['beta.md']);
  });

  it('starts with no projects when asked to remove the examples', async () => {
    const root = await freshCopy();
    const { code, output } = await adoptWithFlags(root, { ...FLAGS, examples: 'remove' });
    expect(code, output).toBe(0);
    expect(output).toMatch(/^OK: content\/ has no problems \(0 projects\)\.$/m);
    expect(await readdir(path.join(root, 'content', 'projects'))).toEqual(['.gitkeep']);
  });

  it('without a terminal, names every missing flag at once and writes nothing', async () => {
    const root = await freshCopy();
    const { code, output } = await adoptWithFlags(root, { name: 'TRAMLINK', website: FLAGS.website });
    expect(code).toBe(1);
    expect(output).toContain('needs --full-name, --grant, --programme, --authority, --contact, --examples.');
    expect(await readdir(path.join(root, 'content'))).toEqual(['example']);
  });

  it('gives the reason for each bad value: grant digits, https, an empty name', async () => {
    const root = await freshCopy();
    const { code, output } = await adoptWithFlags(root, { ...FLAGS, name: ' ', grant: '12345', website: 'http://tramlink.example.eu/', authority: 'Nobody', examples: 'keep' });
    expect(code).toBe(1);
    expect(output.split('\n').filter((line) => line.startsWith('--'))).toEqual([
      '--grant: "12345" is not a grant agreement number; write its 6 to 9 digits as CORDIS shows them, such as 101095904',
      '--authority: "Nobody" is not one of the granting authorities: CINEA, REA, ERCEA, HaDEA, EISMEA, EACEA, European Commission',
      '--website: "http://tramlink.example.eu/" is not a secure address; write https://tramlink.example.eu/',
      '--examples: should be drafts or remove',
    ]);
    expect(output).toContain('needs --name.');
    expect(await readdir(path.join(root, 'content'))).toEqual(['example']);
  });

  it('refuses to adopt a copy twice, changing nothing', async () => {
    const root = await freshCopy();
    expect((await adoptWithFlags(root, FLAGS)).code).toBe(0);
    const before = await readFile(path.join(root, 'content', 'site.md'), 'utf8');
    const again = await adoptWithFlags(root, { ...FLAGS, name: 'OTHER' });
    expect(again.code).toBe(1);
    expect(again.output).toContain('Nothing was changed: content/site.md exists already');
    expect(await readFile(path.join(root, 'content', 'site.md'), 'utf8')).toBe(before);
  });

  it("dates the statement on the day of adoption, not on the example's review", async () => {
    const root = await freshCopy();
    await writeFile(
      path.join(root, 'content', 'example', 'accessibility.md'),
      STATEMENT.replace('Tell us', 'We first prepared this statement on 3 May 2025 and last revised it on\n1 June 2025. Tell us'),
    );
    const before = new Date().toISOString().slice(0, 10);
    expect((await adoptWithFlags(root, FLAGS)).code).toBe(0);
    const statement = await readFile(path.join(root, 'content', 'accessibility.md'), 'utf8');
    expect(statement).toMatch(new RegExp(`^reviewed: (${before}|${new Date().toISOString().slice(0, 10)})$`, 'm'));
    expect(statement).not.toContain('2025');
    expect(statement).toMatch(/We adapted this statement on \d{1,2} \w+ \d{4} from the one that comes with Liaison/);
  });

  it('as a command with no terminal (CI), exits at once with what is missing instead of waiting', async () => {
    const root = await freshCopy();
    const project = path.resolve(import.meta.dirname, '..', '..', '..');
    const run = promisify(execFile)(path.join(project, 'node_modules', '.bin', 'tsx'), [path.join(project, 'lib', 'cli', 'adopt.ts'), '--name', 'TRAMLINK'], {
      cwd: root,
      timeout: 60_000,
    });
    const failure = (await run.catch((error: unknown) => error)) as { code: number; stdout: string; killed: boolean };
    expect(failure.killed).toBe(false);
    expect(failure.code).toBe(1);
    expect(failure.stdout).toContain('npm run adopt cannot ask here (no terminal), so it needs --full-name, --grant, --programme, --authority, --website, --contact, --examples.');
    // Starting tsx and loading the content code takes seconds on a busy machine.
  }, 60_000);

  it('names the flags it knows when given another', async () => {
    const root = await freshCopy();
    const { code, output } = await adoptWithFlags(root, { ...FLAGS, colour: '#000000' });
    expect(code).toBe(1);
    expect(output).toMatch(/Unknown option '--colour'.*The flags are: --name, --full-name, --grant, --programme, --authority, --website, --contact, --examples, --cordis\./);
  });
});

/**
 * A person at the terminal, played through @inquirer/testing: each question's real prompt,
 * given the typed lines in turn (a list question takes the arrow presses to its choice).
 */
function terminal(script: Partial<Record<Question['answer'], string[]>>, screens: string[]) {
  return async (question: Question, given?: string) => {
    const { prompt, config } = promptFor(question, given);
    const { answer, events, getScreen } = await render(prompt as never, config as never);
    for (const typed of script[question.answer] ?? []) {
      if (question.choices) {
        for (let down = 0; down < question.choices.findIndex((choice) => choice.value === typed); down++) events.keypress('down');
      } else {
        events.keypress({ name: 'u', ctrl: true }); // clear the line, as a person would
        events.type(typed);
      }
      events.keypress('enter');
      await new Promise((resolve) => setTimeout(resolve, 20));
      screens.push(`${question.answer}: ${getScreen().replace(/\s+/g, ' ')}`); // unwrapped: the screen is 80 columns wide
    }
    return (await answer) as string;
  };
}

describe('npm run adopt --cordis <grant agreement>', () => {
  let cordis: LocalServer;
  beforeAll(async () => {
    cordis = await startCordisServer({ '101000003': Infinity });
  });
  afterAll(() => cordis.close());
  const rest = { authority: 'CINEA', website: 'https://netzerocities.eu/', contact: 'info@netzerocities.eu', examples: 'remove' };

  it("takes the name, full name, grant and programme from the project's CORDIS record", async () => {
    const root = await freshCopy();
    const { code, output } = await adoptWithFlags(root, { cordis: '101036519', ...rest }, cordis.url);
    expect(code, output).toBe(0);
    expect(output).toContain("From CORDIS (101036519): name NetZeroCities; full-name Accelerating cities' transition to net zero emissions by 2030; grant 101036519; programme Horizon 2020.");
    const { host } = await loadContent({ contentDir: path.join(root, 'content'), includeDrafts: true });
    expect(host).toMatchObject({ name: 'NetZeroCities', fullName: "Accelerating cities' transition to net zero emissions by 2030", grantAgreement: '101036519', programme: 'Horizon 2020', website: rest.website });
    expect(cordis.requests).toContain('/project/id/101036519/en?format=xml');
  });

  it('lets a flag written beside it win over the record', async () => {
    const root = await freshCopy();
    const { code, output } = await adoptWithFlags(root, { cordis: '101036519', name: 'NZC', ...rest }, cordis.url);
    expect(code, output).toBe(0);
    expect(output).not.toMatch(/From CORDIS.*name NetZeroCities/);
    const { host } = await loadContent({ contentDir: path.join(root, 'content'), includeDrafts: true });
    expect(host.name).toBe('NZC');
  });

  it('writes nothing and says why when the number is wrong, unknown, or CORDIS cannot answer', async () => {
    const root = await freshCopy();
    const cases: Array<[string, RegExp]> = [
      ['12345', /^--cordis: "12345" is not a grant agreement number/],
      ['101099999', /^--cordis: CORDIS has no project with grant agreement 101099999; check the number.*Nothing was written/],
      ['101000003', /^--cordis: CORDIS answered 503 .*try again later\. Nothing was written; give the facts as flags instead.*\nWithout --cordis, give --name, --full-name, --grant, --programme as well/],
    ];
    for (const [id, message] of cases) {
      const { code, output } = await adoptWithFlags(root, { cordis: id, ...rest }, cordis.url);
      expect(code, output).toBe(1);
      expect(output).toMatch(message);
    }
    expect(await readdir(path.join(root, 'content'))).toEqual(['example']);
  }, 30_000);
});

describe('npm run adopt in a terminal', () => {
  it('refuses an adopted copy before the first question', async () => {
    const root = await freshCopy();
    expect((await adoptWithFlags(root, FLAGS)).code).toBe(0);
    const lines: string[] = [];
    const asked: string[] = [];
    const code = await runAdopt({ root, argv: [], interactive: true, log: (line) => lines.push(line), ask: async (question) => (asked.push(question.flag), '') });
    expect(code).toBe(1);
    expect(asked).toEqual([]);
    expect(lines.join('\n')).toContain('Nothing was changed: content/site.md exists already');
  });

  it('stops quietly at Ctrl+C, writing nothing', async () => {
    const root = await freshCopy();
    const lines: string[] = [];
    const interrupted = Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    const code = await runAdopt({ root, argv: [], interactive: true, log: (line) => lines.push(line), ask: () => Promise.reject(interrupted) });
    expect(code).toBe(1);
    expect(lines).toEqual(['Stopped; nothing was written.']);
    expect(await readdir(path.join(root, 'content'))).toEqual(['example']);
  });

  it('asks what the flags did not say, and asks again with the reason after a bad answer', async () => {
    const root = await freshCopy();
    const screens: string[] = [];
    const lines: string[] = [];
    const code = await runAdopt({
      root,
      argv: ['--programme', 'Horizon Europe'],
      interactive: true,
      log: (line) => lines.push(line),
      ask: terminal(
        {
          name: ['', 'TRAMLINK'],
          fullName: ['Trams Linking Regions Across Europe'],
          grant: ['12345', '101234567'],
          authority: ['REA'],
          website: ['http://tramlink.example.eu/', 'https://tramlink.example.eu/'],
          contact: ['', 'info@tramlink.example.eu'],
          examples: ['remove'],
        },
        screens,
      ),
    });
    expect(code, lines.join('\n')).toBe(0);
    // Each bad answer got its reason on the screen, and the question stayed open.
    expect(screens.find((screen) => screen.startsWith('name:'))).toContain('This answer cannot be empty');
    expect(screens.find((screen) => screen.startsWith('grant:'))).toContain('"12345" is not a grant agreement number');
    expect(screens.find((screen) => screen.startsWith('website:'))).toContain('is not a secure address; write https://tramlink.example.eu/');
    // The flag given was not asked again.
    expect(screens.some((screen) => screen.startsWith('programme:'))).toBe(false);
    const { host, projects } = await loadContent({ contentDir: path.join(root, 'content'), includeDrafts: true });
    expect(host).toMatchObject({ name: 'TRAMLINK', grantAgreement: '101234567', programme: 'Horizon Europe', grantingAuthority: { name: 'REA' }, website: 'https://tramlink.example.eu/' });
    expect(screens.find((screen) => screen.startsWith('contact:'))).toContain('This answer cannot be empty');
    expect(host.contact).toBe('info@tramlink.example.eu');
    expect(projects).toEqual([]);
  });

  it('asks every question the flags can answer', () => {
    expect(QUESTIONS.map((question) => `--${question.flag}`)).toEqual(['--name', '--full-name', '--grant', '--programme', '--authority', '--website', '--contact', '--examples']);
  });
});
