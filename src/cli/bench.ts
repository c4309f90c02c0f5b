/**
 * `npm run bench -- [--json] [--only games,turn,montecarlo] [--reps <n>] [--quick]`: measures what
 * exists and prints a table of medians with their spread (min..max over repetitions). No assertions:
 * the figures are for reading and for comparing runs.
 */
import { BENCHES } from './bench/index.js';
import { stats, type BenchFigure } from './bench/types.js';
import { CliError, parseOrFail, wholeNumber } from './args.js';
import { runMain } from './main.js';

const USAGE = `npm run bench -- [--json] [--only <ids>] [--reps <n>] [--quick] [--scenario <id>] [--seed <n>]
  --only     comma-separated modules: ${BENCHES.map((b) => b.id).join(', ')}
  --reps     repetitions of each figure (default 3); the table shows the median and min..max
  --quick    smaller workloads (a smoke run)
  --json     machine-readable output
Figures and the machine they came from are kept in docs/performance.md.`;

async function bench(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { values } = parseOrFail({
    args: argv, strict: true, allowPositionals: false,
    options: {
      json: { type: 'boolean' }, only: { type: 'string' }, reps: { type: 'string' }, quick: { type: 'boolean' },
      scenario: { type: 'string' }, seed: { type: 'string' },
    },
  });
  const only = values.only ? String(values.only).split(',') : null;
  const unknown = only?.filter((id) => !BENCHES.some((b) => b.id === id)) ?? [];
  if (unknown.length) throw new CliError(`--only: unknown benchmark ${JSON.stringify(unknown[0])} (have ${BENCHES.map((b) => b.id).join(', ')})`);
  const ctx = {
    reps: wholeNumber('reps', values.reps as string | undefined, 1, 50) ?? 3,
    quick: Boolean(values.quick),
    scenario: (values.scenario as string | undefined) ?? 'autumn-2023',
    seed: wholeNumber('seed', values.seed as string | undefined, 0, 0xffffffff) ?? 1,
    log: (m: string) => process.stderr.write(`${m}\n`),
  };
  const results: { module: string; title: string; figures: (BenchFigure & ReturnType<typeof stats>)[] }[] = [];
  for (const mod of BENCHES) {
    if (only && !only.includes(mod.id)) continue;
    ctx.log(`running ${mod.id}...`);
    const figures = await mod.run(ctx);
    results.push({ module: mod.id, title: mod.title, figures: figures.map((f) => ({ ...f, ...stats(f.samples) })) });
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ reps: ctx.reps, quick: ctx.quick, node: process.version, results }, null, 2)}\n`);
    return;
  }
  const fmt = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));
  const rows = results.flatMap((r) => r.figures.map((f) => [r.module, f.name, `${fmt(f.median)} ${f.unit}`, `${fmt(f.min)}..${fmt(f.max)}`, f.note ?? '']));
  const head = ['module', 'figure', 'median', 'spread (min..max)', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  process.stdout.write(`${[line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`);
  process.stdout.write(`(${ctx.reps} repetitions each${ctx.quick ? ', quick workloads' : ''}; Node ${process.version})\n`);
}

runMain(() => bench(process.argv.slice(2)));
