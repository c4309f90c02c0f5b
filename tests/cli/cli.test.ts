/**
 * The CLI as a user runs it: child processes of `npx tsx src/cli/...`. Kept few because each start
 * costs a couple of seconds.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'ua-cli-'));

function run(script: string, args: string[]) {
  const res = spawnSync('npx', ['tsx', `src/cli/${script}.ts`, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** Runs several commands at once (the bad-argument cases are independent and mostly start-up time). */
function runAsync(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('npx', ['tsx', `src/cli/${script}.ts`, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

describe('npm run simulate', () => {
  it('--json prints one document with the documented shape; --save then replay gives the same hash', () => {
    const orders = file('arm.json', { turns: { '1': [{ type: 'diplomacy.summit', params: { target: 'IRN' } }] } });
    const save = join(dir, 'game.json');
    const r = run('simulate', ['--seed', '4', '--turns', '3', '--human', `ARM=${orders}`, '--plain', '--json', '--save', save]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ scenario: 'autumn-2023', seed: 4, turnsPlayed: expect.any(Number), ending: { kind: expect.any(String) } });
    expect(doc.turnsPlayed).toBeLessThanOrEqual(3);
    for (const id of ['AZE', 'ARM', 'IRN', 'TUR', 'ISR', 'RUS']) {
      expect(doc.actors[id]).toMatchObject({ score: expect.any(Number), stability: expect.any(Number), casualties: expect.any(Number), displaced: expect.any(Number) });
    }
    expect(doc.actors.ARM.seat).toBe('human');
    expect(doc.pairs['AZE-IRN']).toMatchObject({ relation: expect.any(Number), rung: expect.any(Number), trust: expect.any(Number) });
    expect(doc.corridors.zangezur.status).toEqual(expect.any(String));
    expect(Array.isArray(doc.events)).toBe(true);
    expect(Array.isArray(doc.rejected)).toBe(true);
    expect(doc.stateHash).toMatch(/^[0-9a-f]{16}$/);

    const rp = run('replay', [save]);
    expect(rp.code).toBe(0);
    expect(rp.stdout.trim()).toBe(doc.stateHash);
  });

  it('--runs prints the distribution of endings with 95% intervals and per-pair means', () => {
    const r = run('simulate', ['--runs', '3', '--turns', '2', '--seed', '10', '--plain', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.runs).toBe(3);
    const e = Object.values(doc.endings) as { count: number; rate: number; low: number; high: number }[];
    expect(e.reduce((a, x) => a + x.count, 0)).toBe(3);
    for (const x of e) expect(x.low).toBeLessThanOrEqual(x.high);
    expect(doc.regionalWarRate).toMatchObject({ rate: expect.any(Number), low: expect.any(Number), high: expect.any(Number) });
    expect(doc.pairs['AZE-IRN']).toMatchObject({ meanRelation: expect.any(Number), meanRung: expect.any(Number) });
  });

  it('bad arguments and files exit with code 2 and one line saying what and where', async () => {
    const grab = file('aze.json', { turns: { '1': [{ type: 'corridor.grab', params: {} }] } });
    const cases: [string[], RegExp][] = [
      [['--seed', 'x'], /^--seed: expected a whole number/],
      [['--human', 'ISR=x.json'], /^--human: ISR is always played by an agent/],
      [['--human', 'XYZ=x.json'], /^--human: unknown actor "XYZ"/],
      [['--scenario', 'nowhere'], /^--scenario: unknown scenario "nowhere"/],
      [['--human', `AZE=${grab}`], /^orders file .*aze\.json: turns\.1\[0\]\.type: unknown action "corridor\.grab"$/],
      [['--scenario', 'levels/fixtures/invalid-unknown-actor.json'], /^scenario file levels\/fixtures\/invalid-unknown-actor\.json: /],
      [['--frobnicate'], /Unknown option '--frobnicate'/],
    ];
    const results = await Promise.all(cases.map(([args]) => runAsync('simulate', args)));
    for (const [i, [args, re]] of cases.entries()) {
      const r = results[i];
      expect(r.code, args.join(' ')).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines.length, r.stderr).toBe(1);
      expect(lines[0]).toMatch(re);
      expect(r.stdout).toBe('');
    }
  });
});
