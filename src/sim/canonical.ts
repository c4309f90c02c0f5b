/** Canonical JSON (sorted keys, undefined dropped) so equal values serialise and hash equally. */
import { hashString } from './rng.js';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .filter((k) => obj[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
    .join(',')}}`;
}

/** A short, stable 64-bit hex hash of any JSON value (two 32-bit FNV-1a passes). */
export function hashJson(value: unknown): string {
  const text = canonicalJson(value);
  return hashString(text).toString(16).padStart(8, '0') + hashString(text, 0x01234567).toString(16).padStart(8, '0');
}
