/** Request headers as fetch's `Headers` or Node's `IncomingHttpHeaders` (or any plain record). */
export type HeaderBag = Headers | Record<string, string | string[] | undefined>;

/**
 * One header's value, case-insensitively. A header sent twice comes back undefined: two signatures or two
 * timestamps are ambiguous, and guessing which one counts is how verification gets bypassed.
 */
export function readHeader(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) {
    const value = headers.get(name);
    // Headers joins repeated values with ", "; none of our signature headers can contain one.
    return value === null || value.includes(", ") ? undefined : value;
  }
  const lower = name.toLowerCase();
  const values = Object.entries(headers)
    .filter(([key]) => key.toLowerCase() === lower)
    .flatMap(([, value]) => value ?? []);
  return values.length === 1 ? values[0] : undefined;
}
