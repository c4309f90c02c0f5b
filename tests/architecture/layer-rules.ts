/** The checker behind the architecture test: finds forbidden imports and wall-clock/unseeded calls. */
export interface Rule {
  layer: string;
  /** Patterns of import specifiers that are forbidden in this layer. */
  forbidImports: RegExp[];
  /** Forbid Math.random, Date.now, new Date, performance.now and timers. */
  forbidCalls: boolean;
  /** Bare package imports allowed (null: any package). */
  allowPackages: string[] | null;
}

const FORBIDDEN_CALLS = /\bMath\.random\b|\bDate\.now\b|\bnew Date\b|\bperformance\.now\b|\bsetTimeout\b|\bsetInterval\b|\bsetImmediate\b|\brequestAnimationFrame\b/;
const DOM = /\b(document|window|localStorage|navigator)\s*\./;
const IMPORT = /(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/;

/** Strips // and block comments so documentation may mention forbidden names. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

export function findViolations(file: string, text: string, rule: Rule): string[] {
  const problems: string[] = [];
  const lines = stripComments(text).split('\n');
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    const m = IMPORT.exec(line);
    const spec = m?.[1] ?? m?.[2] ?? m?.[3];
    if (spec) {
      const bare = !spec.startsWith('.') && !spec.startsWith('/');
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (bare && rule.allowPackages && !rule.allowPackages.includes(pkg) && !spec.startsWith('node:') ) {
        problems.push(`${where}: ${rule.layer} may not import '${spec}' (allowed packages: ${rule.allowPackages.join(', ') || 'none'})`);
      } else if (bare && spec.startsWith('node:') && rule.allowPackages) {
        problems.push(`${where}: ${rule.layer} must run in the browser too; it may not import '${spec}'`);
      } else if (!bare && rule.forbidImports.some((re) => re.test(spec))) {
        problems.push(`${where}: ${rule.layer} may not import '${spec}'`);
      }
    }
    if (rule.forbidCalls) {
      if (FORBIDDEN_CALLS.test(line)) problems.push(`${where}: wall-clock time, timers or unseeded randomness break replay: ${line.trim()}`);
      if (DOM.test(line)) problems.push(`${where}: ${rule.layer} may not touch the DOM: ${line.trim()}`);
    }
  });
  return problems;
}
