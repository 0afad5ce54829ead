import type { Project, ProjectDate } from '../content';
import type { CordisProject } from './cordis-record';
import { coordinatorName } from './import';

/** One fact a project file writes differently from CORDIS. */
export interface Difference {
  /** The field as the file names it. */
  field: 'title' | 'fullName' | 'programme' | 'start' | 'end' | 'coordinator';
  /** What CORDIS says instead, as an editor would write it. */
  cordisSays: string;
}

/** The facts of a project that CORDIS also records. */
export type ComparedFacts = Pick<Project, 'title' | 'fullName' | 'programme' | 'start' | 'end' | 'coordinator'>;

/**
 * Where a project file and its CORDIS record disagree. Only facts the file writes are
 * compared: leaving one out (as NetZeroCities leaves out an end date) is the editor's call.
 * Names are compared without regard to case, accents and punctuation; a programme agrees
 * when the file names CORDIS's among others ("Horizon 2020, then Horizon Europe"); a
 * coordinator agrees when the file names CORDIS's short or legal name; a date written as a
 * month or a year agrees with any day in it.
 */
export function differencesFromCordis(facts: ComparedFacts, record: CordisProject): Difference[] {
  const differences: Difference[] = [];
  if (record.acronym && plain(facts.title) !== plain(record.acronym)) differences.push({ field: 'title', cordisSays: record.acronym });
  if (facts.fullName !== undefined && record.title && plain(facts.fullName) !== plain(record.title)) {
    differences.push({ field: 'fullName', cordisSays: record.title });
  }
  if (facts.programme !== undefined && record.programme && !plain(facts.programme).includes(plain(record.programme))) {
    differences.push({ field: 'programme', cordisSays: record.programme });
  }
  for (const field of ['start', 'end'] as const) {
    const written = facts[field];
    const day = field === 'start' ? record.startDate : record.endDate;
    if (written && day && !sameDate(written, day)) differences.push({ field, cordisSays: day });
  }
  const coordinator = record.coordinator;
  if (facts.coordinator !== undefined && coordinator) {
    const names = [coordinator.shortName, coordinator.name].filter((name) => name !== undefined && plain(name).length >= 3).map((name) => plain(name!));
    if (!names.some((name) => plain(facts.coordinator!).includes(name))) {
      differences.push({ field: 'coordinator', cordisSays: coordinatorName(coordinator) });
    }
  }
  return differences;
}

/** Letters and digits only, lower case, without accents: "Climate-KIC" and "CLIMATE KIC" are the same name. */
function plain(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A date as precisely as written agrees with CORDIS's day if that day falls in it. */
function sameDate(written: ProjectDate, day: string): boolean {
  const length = { day: 10, month: 7, year: 4 }[written.precision];
  return written.date.toISOString().slice(0, length) === day.slice(0, length);
}
