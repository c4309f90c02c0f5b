/**
 * The browser game's controller: shows the start screen, runs a session, redraws the panels and the
 * map from what the session returns, plays sounds, autosaves. It queues orders and asks the session to
 * end the turn; it never resolves anything itself.
 */
import { PLAYABLE_IDS, ACTOR_IDS, ACTOR_NAMES, type ActorId } from '../shared/ids.js';
import type { TurnOutcome } from '../runtime/types.js';
import { createSession, type GameSession } from '../runtime/session.js';
import { DEFAULT_SCENARIO_ID } from '../sim/scenario/registry.js';
import type { GameState } from '../sim/state/types.js';
import { people } from './text/describe.js';
import { byId, clearToast, el, mount, toast } from './dom.js';
import type { MapData } from './map/geodata.js';
import type { MapScene } from './map/MapScene.js';
import type { MapView } from './map/mapView.js';
import { ISO_TO_ACTOR } from './map/palette.js';
import { renderStart, type StartChoice } from './start.js';
import { renderOrders, spentBy } from './panels/orders.js';
import { hiddenFrom, renderNews } from './panels/news.js';
import { renderCountry } from './panels/country.js';
import { renderLedger } from './panels/ledger.js';
import { renderTopbar } from './panels/topbar.js';
import { renderEnd, scoreCard } from './panels/end.js';
import { renderLegend } from './panels/legend.js';
import { Tabs, type TabId } from './panels/tabs.js';
import { cueFor, initAudio, isMuted, play, toggleMute } from './audio.js';
import { AutosaveQueue, continueLatest, exportSave, importText, newGameId, partialLoadText } from './saves.js';
import { afterPaint, whenIdle } from './idle.js';
import { DecideAhead } from './decideAhead.js';
import { bindKeys } from './keys.js';
import { difficultyNotes } from './text/difficultyNotes.js';
import { attachClassroom, type Classroom } from './classroom/index.js';
import { humanTeams, isHotSeat, showHandover } from './classroom/hotseat.js';
import { createGame, stateHash } from '../sim/engine.js';

/** Read-only hook for the end-to-end tests. */
interface TestHook {
  ready: boolean; turn: number; ending: string | null; actor: ActorId | null;
  /** True once the map has drawn a frame showing the running game (false while it loads). */
  mapReady: boolean;
  /** The state's hash (replay and branch tests compare it; computed when read); the team a hand-over screen waits for. */
  readonly hash?: string; handover?: ActorId | null; branchOf?: number | null;
}
declare global {
  interface Window { __ua: TestHook }
}

const MAP_URL = './map/theatre.topo.json';

export class App {
  private session: GameSession | null = null;
  private actor: ActorId = 'AZE';
  private gameId = '';
  private mapData: MapData | null = null;
  /** The map chunk and data, loading in the background from boot; resolves to null if it failed. */
  private mapLoad: Promise<MapView | null> | null = null;
  private mapView: MapView | null = null;
  private scene: MapScene | null = null;
  private tabs!: Tabs;
  private last: TurnOutcome | null = null;
  private selection: { code: string; name: string; actor: ActorId | null } | null = null;
  private busy = false;
  /** Classroom tools (review, White Cell, forecast): src/ui/classroom. */
  private classroom: Classroom | null = null;
  /** The turn's autosave, written once the turn is on screen (see saves.ts). */
  private readonly saves = new AutosaveQueue((err) => toast(`Autosave failed: ${err}`, 'error'));
  private readonly hook: TestHook;
  private warmed = false;
  private screen: 'start' | 'game' | 'end' = 'start';
  /** The default scenario's opening state, built in idle time (see prepare). */
  private opening: GameState | null = null;
  /** The agents' orders for the coming turn, decided in idle time (see decideAhead.ts). */
  private readonly ahead = new DecideAhead<GameSession>((f) => whenIdle(f, 1000));

  constructor() {
    const hook = { ready: false, turn: 0, ending: null, actor: null, mapReady: false } as TestHook;
    // The hash of a whole state costs milliseconds: computed only when a test reads it.
    Object.defineProperty(hook, 'hash', { enumerable: true, get: () => (this.session ? stateHash(this.session.state) : undefined) });
    this.hook = hook;
  }

  async boot(): Promise<void> {
    window.__ua = this.hook;
    this.showStart();
    bindKeys({
      zoomIn: () => this.scene?.zoomAt(1.25),
      zoomOut: () => this.scene?.zoomAt(0.8),
      fit: () => this.scene?.fitView(),
      syunik: () => this.scene?.zoomToSyunik(),
      pan: (dx, dy) => this.scene?.pan(dx, dy),
      endTurn: () => this.endTurn(),
      active: () => !!this.session && this.screen === 'game',
    });
    this.hook.ready = true;
    // Everything else loads once the start screen is painted: the map (Phaser, the TopoJSON, the
    // game booted behind the start screen), then the sounds when the page is idle.
    this.mapLoad = new Promise<void>((resolve) => afterPaint(resolve)).then(() => this.loadMap());
    if (this.screen === 'start') this.setScreen('start');
    whenIdle(() => this.prepare(), 1000);
    // The browser's number-formatting data loads on first use (~70 ms): not on the Start click.
    whenIdle(() => people(0), 1500);
  }

  /**
   * Idle work behind the start screen that the Start click would otherwise pay for: the default
   * scenario validated (and cached) with its opening state built, for the map's preview too.
   */
  private prepare(): void {
    try {
      this.opening ??= createGame(DEFAULT_SCENARIO_ID, 1);
    } catch {
      // Only a head start.
    }
  }

  /** Loads the map chunk and data and boots the map, hidden until a game starts. */
  private async loadMap(): Promise<MapView | null> {
    try {
      const mod = await import('./map/mapView.js');
      this.mapData = await mod.loadMapData(MAP_URL);
      const view = mod.createMapView(byId('map'), this.mapData, { onProvince: (code, name) => this.selectProvince(code, name) });
      this.mapView = view;
      void view.scene.then((scene) => {
        this.scene = scene;
        // The sounds last, once the map has booted and the page is idle (see audio.ts).
        whenIdle(() => void initAudio(), 3000);
        // Behind the start screen, the map draws the default scenario's opening, so a new game's first
        // frame has only the overlays to change.
        if (this.session && this.screen === 'game') this.showMap();
        else this.previewOpening(scene);
      });
      return view;
    } catch (err) {
      toast(`The map could not be loaded: ${err instanceof Error ? err.message : String(err)}`, 'error');
      whenIdle(() => void initAudio(), 3000);
      return null;
    }
  }

  /** Behind the start screen: the default scenario's opening (only a head start; a failure is harmless). */
  private previewOpening(scene: MapScene): void {
    try {
      this.opening ??= createGame(DEFAULT_SCENARIO_ID, 1);
      scene.show(this.opening);
    } catch {
      // The real game draws its own state when it starts.
    }
  }

  /** Draws the running game on the map; the test hook's `mapReady` turns true once that frame is rendered. */
  private showMap(): void {
    const scene = this.scene;
    const session = this.session;
    if (!scene || !session) return;
    this.mapView?.fit();
    scene.show(session.state);
    scene.afterNextFrame(() => {
      if (this.session !== session) return;
      this.hook.mapReady = true;
      this.warmUp();
    });
  }

  /**
   * Once per page, when it is idle after the first game appears: one throwaway turn of the same game
   * (its own session, discarded), so the engine's and the agents' code is compiled before the player's
   * first End turn instead of during it (that turn took 2-4 times as long as later ones).
   */
  private warmUp(): void {
    if (this.warmed) return;
    this.warmed = true;
    whenIdle(() => {
      const s = this.session;
      // Pointless once a turn has been played (the code is compiled by then).
      if (!s || s.state.ending || s.log.length > 0) return;
      try {
        const w = createSession({ scenario: s.scenarioInput, seed: s.seed + 1, seats: s.seats, difficulty: s.difficulty });
        w.endTurn();
        w.dispose();
      } catch {
        // Only a warm-up: the real turn does not depend on it.
      }
    }, 4000);
  }

  // ---- screens ------------------------------------------------------------------------------
  /**
   * Shows one screen. Off screen, the game screen stays laid out behind the others (invisible and
   * inert, `.behind`) once the map exists: the map keeps its size, so it boots and draws at the size it
   * will be shown at, and coming back to it costs no resize.
   */
  private setScreen(screen: 'start' | 'game' | 'end'): void {
    this.screen = screen;
    byId('start').hidden = screen !== 'start';
    byId('end').hidden = screen !== 'end';
    const game = byId('game');
    const behind = screen !== 'game' && this.mapLoad !== null;
    game.hidden = screen !== 'game' && !behind;
    game.classList.toggle('behind', behind);
    game.inert = screen !== 'game';
  }

  private showStart(error?: string): void {
    this.saves.flush();
    this.setScreen('start');
    renderStart(byId('start'), {
      start: (c) => this.newGame(c),
      continueSaved: () => {
        const r = continueLatest();
        if (r.ok) {
          if (r.partial) toast(partialLoadText(r.partial));
          this.run(r.session, r.gameId);
        } else this.showStart(`Cannot continue: ${r.error}`);
      },
      importFile: (f) => void this.importFile(f, true),
    }, difficultyNotes(), error);
  }

  private newGame(c: StartChoice): void {
    const humans: readonly ActorId[] = c.teams?.length ? c.teams : [c.actor];
    const seats = Object.fromEntries(ACTOR_IDS.map((a) => [a, humans.includes(a) ? 'human' : 'agent'])) as Record<ActorId, 'human' | 'agent'>;
    try {
      // By id: a built-in scenario is then validated once per page (sim/scenario/build.ts), not per game.
      const session = createSession({ scenario: c.scenario, seed: c.seed, seats, difficulty: c.difficulty });
      this.run(session, newGameId());
      // Started from the class-mode box's facilitator button: the White Cell opens (after its usual
      // confirmation) above the first hand-over screen, so the teacher can set the game up first.
      if (c.whiteCell) this.classroom?.openWhiteCell({ aboveHandover: true });
    } catch (err) {
      this.showStart(`The game could not start: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private async importFile(file: File, fromStart: boolean): Promise<void> {
    let text: string;
    try {
      text = await file.text();
    } catch {
      text = '';
    }
    const r = importText(text);
    if (!r.ok) {
      // Nothing is replaced: the running game (or the start screen) stays as it was.
      if (fromStart) this.showStart(`Import refused. ${r.error}`);
      else this.showError(`Import refused. ${r.error}`);
      return;
    }
    // A game in progress is replaced only when the player says so (an import had dropped a class's game
    // without a word); it stays in this browser's save slots either way.
    const running = !fromStart && this.session && !this.session.state.ending ? this.session.state.turn : null;
    if (running !== null && !window.confirm(`Load the imported game in place of the game in progress (turn ${running})? The game in progress stays saved in this browser.`)) {
      r.session.dispose();
      toast('Import cancelled: the game in progress goes on.');
      return;
    }
    toast(r.partial ? partialLoadText(r.partial) : 'Save file imported.');
    this.run(r.session, newGameId());
  }

  private showError(message: string): void {
    const box = byId('game-error');
    box.hidden = false;
    box.textContent = message;
    toast(message, 'error');
  }

  /** Shows the game screen for a session. */
  private run(session: GameSession, gameId: string, branchOf: number | null = null): void {
    // The previous game's last autosave is written before it is let go.
    this.saves.flush();
    this.session?.dispose();
    this.session = session;
    this.gameId = gameId;
    this.actor = ACTOR_IDS.find((a) => session.seats[a] === 'human' && (PLAYABLE_IDS as readonly string[]).includes(a)) ?? 'AZE';
    this.last = null;
    this.selection = null;
    this.hook.mapReady = false;
    this.setScreen('game');
    this.buildLayout();
    this.classroom?.dispose();
    this.hook.branchOf = branchOf;
    document.getElementById('handover')?.remove();
    this.classroom = attachClassroom(session, {
      refresh: () => this.refresh(),
      seatsChanged: (a, who) => this.seatChanged(a, who),
      showState: (st) => this.scene?.show(st),
      restoreMap: () => { if (this.session) this.scene?.show(this.session.state); },
      runBranch: (branch, fromTurn) => { this.run(branch, newGameId(), fromTurn); toast(`What-if branch from turn ${fromTurn} started.`); },
      branchOf,
    });
    this.refresh();
    // The map: drawn now if it has booted, else as soon as it has (it loads from boot).
    if (this.scene) this.showMap();
    if (isHotSeat(session.seats) && !session.state.ending) this.handTo(humanTeams(session.seats)[0], 'A class game: teams take turns at the screen.', 'orders');
    if (session.state.ending) this.showEnd();
    play('music');
  }

  private buildLayout(): void {
    const side = byId('side');
    this.tabs = new Tabs(['orders', 'news', 'country', 'ledger', 'score'], { orders: 'Orders', news: 'News', country: 'Country', ledger: 'Ledger', score: 'Score' });
    const endBtn = el('button', { className: 'primary', id: 'end-turn', onclick: () => this.endTurn() }, 'End turn');
    mount(side,
      this.tabs.list,
      el('div', { className: 'error-box', id: 'game-error', role: 'alert', hidden: true }),
      ...this.tabs.panels,
      el('div', { className: 'foot' }, endBtn),
    );
    this.tabs.onChange = () => this.renderTab();
    mount(byId('map-tools'),
      el('button', { 'aria-label': 'Zoom in', onclick: () => this.scene?.zoomAt(1.25) }, '+'),
      el('button', { 'aria-label': 'Zoom out', onclick: () => this.scene?.zoomAt(0.8) }, '−'),
      el('button', { 'aria-label': 'Show the whole theatre', onclick: () => this.scene?.fitView() }, 'Whole map'),
      el('button', { 'aria-label': 'Zoom to Syunik/Zangezur', onclick: () => this.scene?.zoomToSyunik() }, 'Syunik / Zangezur'),
    );
    renderLegend(byId('legend'));
  }

  private selectProvince(code: string, name: string): void {
    if (!this.session) return;
    const st = this.session.state;
    const key = st.provinces[code];
    const iso = this.mapData?.provinces.find((p) => p.code === code)?.iso3 ?? '';
    const actor = key ? key.occupier ?? key.owner : ISO_TO_ACTOR[iso] ?? null;
    this.selection = { code, name, actor };
    this.tabs.select('country');
  }

  // ---- hot seat -----------------------------------------------------------------------------
  /** Makes `team` the one at the screen, behind the hand-over screen until it reveals. */
  private handTo(team: ActorId, lead: string, tab: TabId): void {
    this.actor = team;
    this.selection = null;
    this.hook.handover = team;
    this.tabs.select(tab, false);
    this.refresh();
    showHandover(team, lead, () => {
      this.hook.handover = null;
      this.refresh();
    });
  }

  /** A seat changed hands from the Seats dialog: keep a human team at the screen where there is one. */
  private seatChanged(actor: ActorId, who: 'human' | 'agent'): void {
    const s = this.session;
    if (!s) return;
    const teams = humanTeams(s.seats);
    if (who === 'human' && (teams.length === 1 || s.seats[this.actor] !== 'human')) this.actor = actor;
    else if (who === 'agent' && actor === this.actor && teams.length) this.actor = teams[0];
    this.refresh();
  }

  // ---- turn ---------------------------------------------------------------------------------
  private endTurn(): void {
    const s = this.session;
    if (!s || this.busy || s.state.ending || document.getElementById('handover')) return;
    // Paused by the White Cell: the button says so; the E key must not end the turn either.
    if (this.classroom?.paused) {
      toast('Paused by the White Cell: the facilitator resumes the game from the White Cell.');
      return;
    }
    if (isHotSeat(s.seats)) {
      // Not the last team yet: pass the screen on; the turn resolves after the last team.
      const teams = humanTeams(s.seats);
      const i = teams.indexOf(this.actor);
      if (i < teams.length - 1) {
        this.handTo(teams[i + 1], i >= 0 ? `${ACTOR_NAMES[this.actor].seat}'s orders are in.` : 'Orders round.', 'orders');
        return;
      }
    }
    this.busy = true;
    this.ahead.stop();
    // The last turn's autosave, if the page has not been idle since, is written before this one starts;
    // a forecast still running in its workers stops, so the turn has the cores (a new one follows).
    this.saves.flush();
    this.classroom?.turnStarting();
    // With the agents' orders decided ahead, what is left (resolving the orders, the agents taking note)
    // takes milliseconds: the turn runs now and the next frame shows it.
    if (this.ahead.ready(s)) {
      this.playQueuedTurn(s);
      return;
    }
    const btn = document.getElementById('end-turn') as HTMLButtonElement | null;
    if (btn) {
      btn.disabled = true;
      btn.textContent = 'The other capitals are deciding…';
    }
    // Let the button repaint before the agents think: the turn runs right after the next frame.
    afterPaint(() => this.playQueuedTurn(s));
  }

  /** Resolves the turn (End turn, see there) and shows it: map, sound, panels; the autosave follows. */
  private playQueuedTurn(s: GameSession): void {
    try {
      if (this.session !== s) return;
      const outcome = s.endTurn();
      this.last = outcome;
      clearToast();
      play(cueFor(outcome.events));
      this.scene?.show(outcome.state);
      this.scene?.play(outcome.events);
      // The autosave waits until the new turn is on screen (and the page is idle); any input first writes it.
      this.saves.schedule(s, this.gameId);
      this.tabs.select('news', false);
      if (outcome.state.ending) this.showEnd();
      else if (isHotSeat(s.seats)) {
        // The news is public, but covert results are private: each team reads them on its own screen.
        this.handTo(humanTeams(s.seats)[0], `Turn ${outcome.turn} has resolved for all teams.`, 'news');
      } else if (s.seats[this.actor] !== 'human') this.actor = humanTeams(s.seats)[0] ?? this.actor;
    } catch (e) {
      this.showError(`The turn could not be resolved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.busy = false;
      this.refresh();
    }
  }

  private showEnd(): void {
    const s = this.session;
    if (!s) return;
    this.setScreen('end');
    play('ending');
    renderEnd(byId('end'), s.state, this.actor, () => this.showStart(), () => this.exportGame(s));
    byId('end').append(el('button', { id: 'end-review', onclick: () => this.classroom?.openReview() }, 'After-action review'));
  }

  private exportGame(s: GameSession): void {
    this.saves.flush();
    // Said in the page too: an export had given no sign it happened.
    toast(`Exported ${exportSave(s)}: the whole game, to load or replay later.`);
  }

  // ---- drawing ------------------------------------------------------------------------------
  private refresh(): void {
    const s = this.session;
    if (!s) return;
    // Every change to the orders or the seats redraws the panels: the agents decide again when idle.
    this.ahead.changed(s, () => this.busy || this.session !== s);
    const st = s.state;
    this.hook.turn = st.turn;
    this.hook.ending = st.ending?.kind ?? null;
    this.hook.actor = this.actor;
    const spent = spentBy(s, this.actor);
    const file = el('input', { type: 'file', accept: '.json,application/json', id: 'import-game', 'aria-label': 'Import a save file', hidden: true });
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      if (f) void this.importFile(f, false);
      // Cleared so that choosing the same file again (after declining or fixing it) is a new choice.
      file.value = '';
    });
    renderTopbar(byId('topbar'), st, this.actor, st.actors[this.actor].actionPoints - spent.ap, [
      el('button', { id: 'mute', 'aria-pressed': String(isMuted()), onclick: (e) => {
        const m = toggleMute();
        (e.currentTarget as HTMLElement).setAttribute('aria-pressed', String(m));
        (e.currentTarget as HTMLElement).textContent = m ? 'Sound off' : 'Sound on';
      } }, isMuted() ? 'Sound off' : 'Sound on'),
      el('button', { id: 'export', 'aria-label': 'Export save file', onclick: () => this.exportGame(s) }, 'Export'),
      el('button', { id: 'import', 'aria-label': 'Import save file', onclick: () => file.click() }, 'Import'),
      file,
      el('button', { id: 'menu', onclick: () => this.showStart() }, 'Menu'),
    ]);
    const btn = document.getElementById('end-turn') as HTMLButtonElement | null;
    if (btn) {
      const paused = !st.ending && !!this.classroom?.paused;
      btn.disabled = !!st.ending || this.busy || paused;
      const teams = humanTeams(s.seats);
      const i = teams.indexOf(this.actor);
      const next = teams.length > 1 && i < teams.length - 1 ? teams[i + 1] : null;
      btn.textContent = st.ending ? 'Game over' : paused ? 'Paused by the White Cell' : next ? `Done: pass to ${ACTOR_NAMES[next].seat}` : `End turn ${st.turn}`;
      if (paused) btn.title = 'The facilitator has paused the game; "Resume the game" in the White Cell turns End turn back on.';
      else btn.removeAttribute('title');
    }
    this.renderTab();
  }

  private renderTab(): void {
    const s = this.session;
    if (!s) return;
    const st = s.state;
    const panel = this.tabs.panel(this.tabs.current);
    const id: TabId = this.tabs.current;
    if (id === 'orders') renderOrders(panel, s, this.actor, () => this.refresh());
    else if (id === 'news') renderNews(panel, st, this.last?.events ?? [], this.actor, (this.last?.rejected ?? []).filter((r) => r.order.actor === this.actor), hiddenFrom(this.session?.events ?? [], this.actor));
    else if (id === 'country') {
      const sel = this.selection;
      const actor = sel ? sel.actor : this.actor;
      const view = actor && s.seats[actor] === 'agent' ? safeView(s, actor) : null;
      renderCountry(panel, st, actor, sel ? { code: sel.code, name: sel.name } : null, view);
      if (!sel) panel.prepend(el('p', { className: 'small muted' }, 'Click a province on the map to see its state and the country\'s relations.'));
      // A selected province stays until cleared: the way back to the player's own country (and, for
      // Baku and Yerevan, the route to Nakhchivan).
      else panel.prepend(el('button', { id: 'show-own-country', onclick: () => { this.selection = null; this.scene?.select(null); this.refresh(); } }, `Back to ${ACTOR_NAMES[this.actor].state}, your country`));
    } else if (id === 'ledger') renderLedger(panel, st);
    else mount(panel, el('h2', {}, 'Scorecards'), ...ACTOR_IDS.map((a) => scoreCard(st, a, a === this.actor)));
  }
}

function safeView(s: GameSession, actor: ActorId) {
  try {
    return s.agentView(actor);
  } catch {
    return null;
  }
}
