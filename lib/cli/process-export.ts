import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCache } from '../build-cache';
import { basePath } from '../settings';
import { processExport } from '../static-export/process-export';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = path.resolve(process.argv[2] ?? 'out');
  try {
    const cache = buildCache();
    const { pages, removedFiles, socialCards } = await processExport(outDir, { basePath: basePath(), cache });
    // Processing is a build's last step: entries made by older code can go now.
    await cache?.prune();
    console.log(
      `Processed ${pages} pages in ${path.basename(outDir)}/: no framework JavaScript; removed ${removedFiles.length} runtime and payload files; ${socialCards.length} social cards named .png.`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
