/**
 * Sound through Howler: a few cues chosen from a turn's events and a quiet music loop. Muting is
 * remembered in localStorage. Audio failures (no device in headless Chromium, autoplay rules) are
 * swallowed: sound is never worth an error.
 */
import { Howl, Howler } from 'howler';
import type { GameEvent } from '../sim/state/types.js';

export type Cue = 'turn' | 'diplomacy' | 'alarm' | 'ending';
const MUTE_KEY = 'ua.muted';

let sounds: Partial<Record<Cue | 'music', Howl>> = {};
let muted = readMuted();

function readMuted(): boolean {
  try {
    return localStorage.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

function make(name: string, loop = false, volume = 0.6): Howl | undefined {
  try {
    return new Howl({ src: [`./audio/${name}.wav`], loop, volume, preload: true, html5: false, onloaderror: () => undefined, onplayerror: () => undefined });
  } catch {
    return undefined;
  }
}

/** Loads the sounds (call once, after the page has loaded). */
export function initAudio(): void {
  sounds = { turn: make('turn'), diplomacy: make('diplomacy'), alarm: make('alarm', false, 0.5), ending: make('ending'), music: make('music', true, 0.12) };
  try {
    Howler.mute(muted);
  } catch {
    // no audio device: nothing to do
  }
}

export function isMuted(): boolean {
  return muted;
}

/** Toggles mute and remembers it. */
export function toggleMute(): boolean {
  muted = !muted;
  try {
    localStorage.setItem(MUTE_KEY, muted ? '1' : '0');
    Howler.mute(muted);
  } catch {
    // storage or audio unavailable: the toggle still applies for this page
  }
  return muted;
}

export function play(cue: Cue | 'music'): void {
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
