/**
 * Loading a scenario: validates JSON against the schema and reports every problem as
 * `<source>: <json path>: expected ..., got <value>`. Never throws, whatever the input.
 */
import type { z } from 'zod';
import { ACTOR_IDS } from '../../shared/ids.js';
import { jsonErrorOffset, lineColumn } from './jsonPosition.js';
import { scenarioSchema, type Scenario } from './schema.js';

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** Largest scenario text accepted (a real level is ~20 kB). */
export const MAX_SCENARIO_CHARS = 2_000_000;
const MAX_ERRORS = 20;

/** Formats a JSON path: `actors.AZE.stability`, `pairs[3].rung`, `provinces["AM.SU"].garrison`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const k = String(key);
      out += /^[A-Za-z_$][\w$]*$/.test(k) ? (out ? `.${k}` : k) : `[${JSON.stringify(k)}]`;
    }
  }
  return out || '(root)';
}

/** A short, safe rendering of the value found: strings quoted, objects summarised. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key as string];
  }
  return cur;
}

function issueText(issue: z.core.$ZodIssue, root: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    const parent = issue.path[issue.path.length - 1];
    // List a few keys only: a hostile file with 10,000 stray keys must not make a 90 kB error line.
    const shown = issue.keys.slice(0, 5).map((k) => JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}...` : k)).join(', ');
    const keys = issue.keys.length > 5 ? `${shown} and ${issue.keys.length - 5} more` : shown;
    if (parent === 'actors' || parent === 'personalities' || parent === 'troops') {
      return `unknown actor id ${keys} (expected ${ACTOR_IDS.join(', ')})`;
    }
    return `unknown ${issue.keys.length > 1 ? 'keys' : 'key'} ${keys}`;
  }
  if (issue.code === 'invalid_key') {
    const got = issue.path.length ? issue.path[issue.path.length - 1] : undefined;
    const inner = issue.issues?.[0]?.message ?? 'expected a known key';
    return `${inner}, got key ${JSON.stringify(String(got))}`;
  }
  const msg = issue.message;
  if (issue.code !== 'custom' && msg.startsWith('expected') && !/, got /.test(msg)) return `${msg}, got ${describeValue(valueAt(root, issue.path))}`;
  if (/^Invalid input: expected \w+, received undefined$/.test(msg)) return 'required, but missing';
  return msg;
}

/** Turns zod issues into readable lines prefixed with the source and the JSON path. */
export function formatScenarioIssues(error: z.ZodError, root: unknown, source: string): string[] {
  const lines = error.issues.slice(0, MAX_ERRORS).map((issue) => {
    const path = issue.code === 'invalid_key' ? issue.path.slice(0, -1) : issue.path;
    const shownPath = issue.code === 'invalid_key' ? formatPath(issue.path) : formatPath(path);
    return `${source}: ${shownPath}: ${issueText(issue, root)}`;
  });
  if (error.issues.length > MAX_ERRORS) lines.push(`${source}: ... and ${error.issues.length - MAX_ERRORS} more problems`);
  return lines;
}

/** Validates a parsed JSON value as a scenario. Never throws. */
export function parseScenario(json: unknown, source = 'scenario'): ParseResult {
  try {
    const res = scenarioSchema.safeParse(json);
    if (res.success) return { ok: true, scenario: res.data };
    return { ok: false, errors: formatScenarioIssues(res.error, json, source) };
  } catch (err) {
    // Pathological input (e.g. a getter that throws, or a stack overflow) must not crash the caller.
    return { ok: false, errors: [`${source}: could not be validated (${err instanceof Error ? err.message : String(err)})`] };
  }
}

/** Parses raw JSON text, reporting syntax errors with their line and column. Never throws. */
export function parseScenarioText(text: string, source = 'scenario'): ParseResult {
  if (typeof text !== 'string') return { ok: false, errors: [`${source}: expected JSON text`] };
  if (text.length > MAX_SCENARIO_CHARS) {
    return { ok: false, errors: [`${source}: file too large (${text.length} characters; at most ${MAX_SCENARIO_CHARS})`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`${source}: invalid JSON: ${syntaxMessage(text, err)}`] };
  }
  return parseScenario(json, source);
}

function syntaxMessage(text: string, err: unknown): string {
  const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 120);
  const offset = jsonErrorOffset(text);
  if (offset < 0) return msg;
  const { line, column } = lineColumn(text, offset);
  const near = text.slice(offset, offset + 12).replace(/\s+/g, ' ').trim();
  return `unexpected ${offset >= text.length ? 'end of text' : JSON.stringify(near)} at line ${line}, column ${column} (position ${offset})`;
}
