import { connect } from 'node:net';

/** An HTTP answer as it came off the wire. */
export interface RawResponse {
  status: number;
  /** Header names in lower case. */
  headers: Headers;
  body: Buffer;
}

/**
 * Sends one HTTP/1.1 request with the request target exactly as given: no client
 * library between, because fetch and node:http tidy `..`, refuse control characters and
 * encode what a hostile client would send raw. The target is written as latin1 bytes, so
 * raw UTF-8 is written as its bytes (see `utf8Bytes`).
 */
export function rawRequest(baseUrl: string, method: string, target: string, timeoutMs = 10_000, requestHeaders: Record<string, string> = {}): Promise<RawResponse & { headerBytes: number }> {
  const { hostname, port, host } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`${method} ${target.slice(0, 80)}: no answer in ${timeoutMs} ms`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      try {
        resolve(parseResponse(Buffer.concat(chunks), method));
      } catch (error) {
        reject(new Error(`${method} ${target.slice(0, 80)}: ${(error as Error).message}`));
      }
    });
    const extra = Object.entries(requestHeaders).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.write(Buffer.from(`${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n${extra}\r\n`, 'latin1'));
  });
}

/** Text as its UTF-8 bytes, each written as one latin1 character, for `rawRequest`. */
export function utf8Bytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

function parseResponse(raw: Buffer, method: string): RawResponse & { headerBytes: number } {
  const end = raw.indexOf('\r\n\r\n');
  if (end === -1) throw new Error(`not an HTTP answer: ${JSON.stringify(raw.subarray(0, 200).toString('latin1'))}`);
  const [statusLine = '', ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
  if (!status) throw new Error(`no status in ${JSON.stringify(statusLine)}`);
  const headers = new Headers();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  let body = raw.subarray(end + 4);
  if (method === 'HEAD') body = Buffer.alloc(0);
  else if (headers.get('transfer-encoding')?.includes('chunked')) body = unchunk(body);
  // The status line and headers as sent, with the blank line that ends them.
  return { status, headers, body, headerBytes: end + 4 };
}

function unchunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
