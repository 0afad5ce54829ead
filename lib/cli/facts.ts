import { pathToFileURL } from 'node:url';
import { contentDirectory } from '../settings';
import { factsReport } from '../facts/report';
import { factsSettings, SettingError } from '../settings';

/**
 * `npm run facts`: a report, not a gate. It prints what differs from CORDIS, which reviews
 * are due and which links fail, and exits 0 whatever it finds; only a report that cannot
 * be made (content with problems, a setting that cannot be used) exits 1.
 */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const report = await factsReport(contentDirectory(), { settings: factsSettings() });
    console.log(report.lines.join('\n'));
    process.exitCode = report.exitCode;
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    console.log(error.message);
    process.exitCode = 1;
  }
}
