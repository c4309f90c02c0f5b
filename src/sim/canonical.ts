/** Canonical JSON (sorted keys, undefined dropped) so equal values serialise and hash equally. */

export function canonicalJson(value: unknown): string {
  // One string built by appending (the hash runs every turn on the whole state, so no map/join copies).
  return write(value, '');
}

/** Quoted keys: a state repeats the same few hundred keys thousands of times. */
const QUOTED = new Map<string, string>();

/** Appends the canonical form of `value` to `out`; same output as sorting keys and JSON.stringify-ing. */
function write(value: unknown, out: string): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'string') return out + JSON.stringify(value);
    if (typeof value === 'number') return out + (Number.isFinite(value) ? String(value) : 'null');
    return out + (JSON.stringify(value) ?? 'null');
  }
  if (Array.isArray(value)) {
    out += '[';
    for (let i = 0; i < value.length; i++) {
      if (i) out += ',';
      out = write(value[i], out);
    }
    return out + ']';
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  out += '{';
  let first = true;
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined) continue;
    let q = QUOTED.get(k);
    if (q === undefined) { q = JSON.stringify(k) + ':'; if (QUOTED.size < 10000) QUOTED.set(k, q); }
    out += first ? q : ',' + q;
    first = false;
    out = write(v, out);
  }
  return out + '}';
}

/**
 * A short, stable 64-bit hex hash of any JSON value: two 32-bit FNV-1a hashes of its canonical text
 * (hashString with its default basis and with 0x01234567), computed in one pass over the text (a
 * final state is ~40,000 characters; every game hashes it).
 */
export function hashJson(value: unknown): string {
  const text = canonicalJson(value);
  let h1 = 0x811c9dc5;
  let h2 = 0x01234567;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}
