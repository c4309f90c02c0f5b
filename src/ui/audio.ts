/**
 * Sound through Howler: a few cues chosen from a turn's events and a quiet music loop. Muting is
 * remembered in localStorage. Audio failures (no device in headless Chromium, autoplay rules) are
 * swallowed: sound is never worth an error.
 *
 * Howler and the sounds load later (`initAudio`, called by the app when the page is idle): the first
 * audio context a browser creates can block the page for 0.4-1 s while the browser starts its audio
 * service (measured in headless Chromium), which neither the start screen, the Start click nor a turn
 * should wait for. A cue asked for before then is skipped, except the music, which starts once loaded.
 */
import type { Howl } from 'howler';
import type { GameEvent } from '../sim/state/types.js';

export type Cue = 'turn' | 'diplomacy' | 'alarm' | 'ending';
const MUTE_KEY = 'ua.muted';

let sounds: Partial<Record<Cue | 'music', Howl>> = {};
let muted = readMuted();
let loading: Promise<void> | null = null;
let wantMusic = false;
let setMuted: ((m: boolean) => void) | null = null;

function readMuted(): boolean {
  try {
    return localStorage.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

/** Loads Howler and the sounds (once); resolves when they can play. Never rejects. */
export function initAudio(): Promise<void> {
  loading ??= import('howler').then(({ Howl: HowlCtor, Howler }) => {
    const make = (name: string, loop = false, volume = 0.6): Howl | undefined => {
      try {
        return new HowlCtor({ src: [`./audio/${name}.wav`], loop, volume, preload: true, html5: false, onloaderror: () => undefined, onplayerror: () => undefined });
      } catch {
        return undefined;
      }
    };
    sounds = { turn: make('turn'), diplomacy: make('diplomacy'), alarm: make('alarm', false, 0.5), ending: make('ending'), music: make('music', true, 0.12) };
    setMuted = (m) => {
      try {
        Howler.mute(m);
      } catch {
        // no audio device: nothing to do
      }
    };
    setMuted(muted);
    if (wantMusic) play('music');
  }).catch(() => undefined);
  return loading;
}

export function isMuted(): boolean {
  return muted;
}

/** Toggles mute and remembers it. */
export function toggleMute(): boolean {
  muted = !muted;
  try {
    localStorage.setItem(MUTE_KEY, muted ? '1' : '0');
  } catch {
    // storage unavailable: the toggle still applies for this page
  }
  setMuted?.(muted);
  return muted;
}

export function play(cue: Cue | 'music'): void {
  if (cue === 'music') wantMusic = true;
  if (!setMuted) return;
  try {
    const s = sounds[cue];
    if (!s) return;
    if (cue === 'music' && s.playing()) return;
    s.play();
  } catch {
    // ignore: sound is optional
  }
}

/** The cue a turn deserves: alarm for violence, diplomacy for agreements, else the turn chime. */
export function cueFor(events: readonly GameEvent[]): Cue {
  if (events.some((e) => e.kind === 'ending')) return 'ending';
  if (events.some((e) => /strike|offensive|borderClash|israelIranStrikes/.test(e.type) || (e.casualties ?? 0) > 0)) return 'alarm';
  if (events.some((e) => /summit|proposeTreaty|mediate|corridor/.test(e.type) && e.outcome === 'success')) return 'diplomacy';
  return 'turn';
}
