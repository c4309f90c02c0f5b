/**
 * The start screen (plain HTML): choose a capital, a scenario, a difficulty and a seed; or continue the
 * saved game; or import a save file.
 */
import type { PlayableId } from '../shared/ids.js';
import { DIFFICULTIES, type Difficulty } from '../agents/types.js';
import { SCENARIOS, DEFAULT_SCENARIO_ID } from '../sim/scenario/registry.js';
import { el, mount } from './dom.js';
import { ROLE_BRIEFS } from './text/briefs.js';
import { UI_DIFFICULTY_NOTES } from './text/difficulty.js';
import { latestSaveInfo } from './saves.js';
import { classModeBox } from './classroom/classMode.js';
import { openAbout } from './panels/about.js';

export interface StartChoice {
  actor: PlayableId;
  scenario: string;
  difficulty: Difficulty;
  seed: number;
  /** Class mode: the capitals played by human teams in hot seat (`actor` is then the first). */
  teams?: PlayableId[];
  /** Class mode started by the facilitator: the White Cell opens (after its confirmation) as the game starts. */
  whiteCell?: boolean;
}

export interface StartHandlers {
  start(choice: StartChoice): void;
  continueSaved(): void;
  importFile(file: File): void;
}

/** Renders the start screen into `root`. `error` is shown (e.g. a refused import). */
export function renderStart(root: HTMLElement, h: StartHandlers, notes: Partial<Record<Difficulty, string>> = {}, error?: string): void {
  let chosen: PlayableId | null = null;
  const startBtn = el('button', { className: 'primary', disabled: true, id: 'start-game' }, 'Start game');
  const roleCards = ROLE_BRIEFS.map((r) => {
    const btn = el('button', { 'aria-pressed': 'false', 'data-actor': r.actor, 'aria-describedby': `brief-${r.actor}` }, r.seat);
    const card = el('div', { className: 'role', 'data-chosen': 'false' },
      btn,
      el('span', { className: 'muted small' }, r.state),
      el('p', { id: `brief-${r.actor}` }, r.brief),
      el('span', { className: 'muted small' }, `After Souleimanov 2024, ${r.source}`),
    );
    btn.addEventListener('click', () => {
      chosen = r.actor;
      for (const c of root.querySelectorAll('.role')) c.setAttribute('data-chosen', 'false');
      for (const b of root.querySelectorAll('.role > button')) b.setAttribute('aria-pressed', 'false');
      card.setAttribute('data-chosen', 'true');
      btn.setAttribute('aria-pressed', 'true');
      startBtn.disabled = false;
      startBtn.textContent = `Start as ${r.seat}`;
    });
    return card;
  });

  const scenario = el('select', { id: 'scenario' }, ...SCENARIOS.map((s) =>
    el('option', { value: s.id, selected: s.id === DEFAULT_SCENARIO_ID }, `${s.title} (${s.start}, ${s.turns} turns)`)));
  const scenarioNote = el('div', { className: 'note' });
  const showScenario = (): void => {
    scenarioNote.textContent = SCENARIOS.find((s) => s.id === scenario.value)?.description ?? '';
  };
  scenario.addEventListener('change', showScenario);
  showScenario();

  const difficulty = el('select', { id: 'difficulty' }, ...DIFFICULTIES.map((d) => el('option', { value: d, selected: d === 'standard' }, d)));
  const diffNote = el('div', { className: 'note' });
  const showDiff = (): void => {
    const d = difficulty.value as Difficulty;
    diffNote.textContent = notes[d] ?? UI_DIFFICULTY_NOTES[d];
  };
  difficulty.addEventListener('change', showDiff);
  showDiff();

  const seed = el('input', { id: 'seed', type: 'number', min: 0, max: 2147483647, value: String(Math.floor(Math.random() * 100000)) });
  startBtn.addEventListener('click', () => {
    if (!chosen) return;
    h.start({ actor: chosen, scenario: scenario.value, difficulty: difficulty.value as Difficulty, seed: Math.abs(Math.floor(Number(seed.value) || 0)) });
  });

  const classBox = classModeBox((teams, opts) => {
    h.start({
      actor: teams[0], teams, scenario: scenario.value, difficulty: difficulty.value as Difficulty, seed: Math.abs(Math.floor(Number(seed.value) || 0)),
      ...(opts.whiteCell ? { whiteCell: true } : {}),
    });
  });

  const saved = latestSaveInfo();
  const file = el('input', { type: 'file', accept: '.json,application/json', id: 'import-file', 'aria-label': 'Import a save file' });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) h.importFile(f);
    file.value = '';
  });

  mount(root,
    el('h1', { id: 'start-title' }, 'Unlikely Alliances'),
    el('p', { className: 'muted' }, 'The South Caucasus after Azerbaijan\'s September 2023 victory in Karabakh and the start of the Gaza war. Lead one capital; the other five states, Israel and Russia included, are computer agents that answer your moves and say why. One turn is one month. Based on Emil Souleimanov, "Unlikely Alliances", Middle East Policy 31(2), 2024.'),
    error ? el('div', { className: 'error-box', role: 'alert', id: 'start-error' }, error) : null,
    el('h2', {}, 'Choose your capital'),
    el('div', { className: 'roles', role: 'group', 'aria-label': 'Capitals' }, ...roleCards),
    el('div', { className: 'options' },
      el('label', {}, 'Scenario', scenario, scenarioNote),
      el('label', {}, 'Difficulty', difficulty, diffNote),
      el('label', {}, 'Seed (same seed, same world)', seed),
    ),
    classBox,
    el('div', { className: 'actions' },
      startBtn,
      el('button', { id: 'continue', disabled: !saved, onclick: () => h.continueSaved() },
        saved ? `Continue saved game (${SCENARIOS.find((x) => x.id === saved.scenarioId)?.title ?? saved.scenarioId}, turn ${saved.turn})` : 'Continue (no saved game)'),
      el('label', { className: 'small' }, 'Import a save file: ', file),
      el('button', { id: 'open-about', onclick: () => openAbout() }, 'About this model'),
    ),
    el('p', { className: 'small muted' }, 'Keyboard: Tab moves between controls; on the map, + and − zoom, arrow keys pan, 0 shows the whole theatre, S zooms to Syunik/Zangezur, E ends the turn.'),
  );
}
