import { open } from 'node:fs/promises';

/**
 * Checks that a file exists and starts like an image, so a renamed text file or a broken
 * download is caught before it shows as a broken picture.
 */
export async function checkImageFile(file: string): Promise<'missing' | 'not-an-image' | undefined> {
  let head: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return 'missing';
  }
  return looksLikeImage(head) ? undefined : 'not-an-image';
}

function looksLikeImage(head: Buffer): boolean {
  const ascii = head.toString('latin1');
  return (
    head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ||
    (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) ||
    (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') ||
    /^ftyp(avif|avis)/.test(ascii.slice(4, 12)) ||
    /<svg[\s>]/i.test(ascii)
  );
}
