/**
 * The built-in scenarios, imported statically so Vite bundles them and Node (Vitest, tsx) reads them
 * without file-system access. Add a level by importing it here and listing it in FILES.
 */
import autumn2023 from '../../../levels/autumn-2023.json';
import spring2024 from '../../../levels/spring-2024.json';

const FILES: Record<string, unknown> = {
  'autumn-2023': autumn2023,
  'spring-2024': spring2024,
};

export interface ScenarioSummary {
  id: string;
  title: string;
  description: string;
  start: string;
  turns: number;
}

function summary(id: string, file: unknown): ScenarioSummary {
  const f = file as Partial<ScenarioSummary>;
  return { id, title: String(f.title ?? id), description: String(f.description ?? ''), start: String(f.start ?? ''), turns: Number(f.turns ?? 0) };
}

/** Built-in scenarios for the start menu and the CLI, default first. */
export const SCENARIOS: readonly ScenarioSummary[] = Object.entries(FILES).map(([id, f]) => summary(id, f));

/** The default scenario id. */
export const DEFAULT_SCENARIO_ID = 'autumn-2023';

/** The raw JSON of a built-in scenario (validate it with parseScenario), or undefined. */
export function getScenarioFile(id: string): unknown {
  return Object.prototype.hasOwnProperty.call(FILES, id) ? FILES[id] : undefined;
}

/** Alias of getScenarioFile: the raw scenario JSON by id. */
export const getScenario = getScenarioFile;
