/**
 * A generous estimate of a label's width in SVG units: text cannot be measured on the
 * server, so a label is given room for wide letters and never overlaps another for lack of it.
 */
export function labelWidth(text: string, fontSize: number): number {
  return Math.ceil([...text].length * fontSize * 0.62);
}
