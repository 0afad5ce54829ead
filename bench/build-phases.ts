/**
 * Where a `next build` spends its time, from the lines it prints and when each arrived:
 * Next.js names its phases but times only two of them, so the gaps between its own
 * markers are the profile.
 */

/** A line of output and the seconds since the command started when it arrived. */
export interface TimedLine {
  seconds: number;
  text: string;
}

export const NEXT_PHASES = ['compile', 'types', 'collect', 'generate', 'finish'] as const;
export type NextPhase = (typeof NEXT_PHASES)[number];

/**
 * Each phase in seconds: start to "Compiled" (bundling), to "Collecting page data" (the
 * type check, unless skipped), to "Generating static pages (0/…)" (loading every route and
 * its parameters), to its "✓" (rendering every page, card and file), to the end.
 */
export function nextBuildPhases(lines: TimedLine[], totalSeconds: number): Record<NextPhase, number> {
  const at = (pattern: RegExp) => lines.find((line) => pattern.test(line.text))?.seconds;
  const compiled = at(/Compiled successfully|Compiled with warnings/);
  const collecting = at(/Collecting page data/);
  const generating = at(/Generating static pages.*\(0\//);
  const generated = at(/✓ Generating static pages/);
  if (compiled === undefined || collecting === undefined || generating === undefined || generated === undefined) {
    throw new Error(`next build printed none of its phase markers; its output was:\n${lines.map((line) => line.text).join('\n')}`);
  }
  return { compile: compiled, types: collecting - compiled, collect: generating - collecting, generate: generated - generating, finish: totalSeconds - generated };
}
