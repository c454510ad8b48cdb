// One serialisation per value, so that a hash computed in the renderer, in main and on the
// server agrees: object keys sorted (by UTF-16 code units), no whitespace, absent (undefined)
// properties omitted, numbers and strings as JSON.stringify writes them (the same rules as
// RFC 8785 for the values we use). Values JSON cannot represent faithfully are refused rather
// than silently changed: NaN and ±Infinity, undefined inside arrays, functions, bigints, symbols.

export type CanonicalValue = null | boolean | number | string | readonly CanonicalValue[] | { readonly [key: string]: CanonicalValue | undefined };

function write(value: unknown, path: string): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${path} is not a finite number`);
    return JSON.stringify(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    return `[${value.map((v: unknown, i) => (v === undefined ? fail(`${path}[${String(i)}]`) : write(v, `${path}[${String(i)}]`))).join(',')}]`;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${write(v, `${path}.${k}`)}`).join(',')}}`;
  }
  return fail(path);
}

function fail(path: string): never {
  throw new TypeError(`canonicalJson: ${path} cannot be represented in JSON`);
}

export function canonicalJson(value: CanonicalValue): string {
  return write(value, '$');
}
