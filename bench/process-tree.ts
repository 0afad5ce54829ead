import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

import type { TimedLine } from './build-phases';

/** How long a command took and the most memory its whole process tree held at once. */
export interface CommandMeasurement {
  seconds: number;
  peakMegabytes: number;
}

/** A measurement with what the command printed, line by line, and when. */
export interface MeasuredOutput extends CommandMeasurement {
  lines: TimedLine[];
}

/** Children of each process, from /proc (Linux). */
function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

/** Resident memory of a process and all its descendants, in bytes. */
export function treeResidentBytes(root: number): number {
  const children = childrenByParent();
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(rss ?? 0) * 1024;
    } catch {
      // Gone already.
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs a command to completion, sampling the resident memory of its process tree every
 * 50 ms (workers Next.js starts included), and fails with its output if it fails.
 */
export function measureCommand(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<MeasuredOutput> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const lines: TimedLine[] = [];
    const keep = (chunk: Buffer) => {
      output += chunk;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      for (const text of chunk.toString('utf8').split('\n')) if (text.trim()) lines.push({ seconds, text });
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeResidentBytes(child.pid));
    }, 50);
    child.once('exit', (code) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`));
      else resolve({ seconds, peakMegabytes: peak / 1024 / 1024, lines });
    });
  });
}
