#!/usr/bin/env node
// Generates the game's sound cues and its quiet music loop as small mono WAV files in assets/audio/.
// Everything is synthesised here (sine tones and envelopes), so the project owns every sound it ships.
// Run: node scripts/make-audio.mjs
import { mkdirSync, writeFileSync } from 'node:fs';

const OUT = new URL('../assets/audio/', import.meta.url);
mkdirSync(OUT, { recursive: true });

/** Writes 16-bit PCM mono WAV from samples in [-1, 1]. */
function wav(name, rate, samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, s)) * 32767), i * 2));
  const h = Buffer.alloc(44);
  h.write('RIFF', 0); h.writeUInt32LE(36 + data.length, 4); h.write('WAVE', 8);
  h.write('fmt ', 12); h.writeUInt32LE(16, 16); h.writeUInt16LE(1, 20); h.writeUInt16LE(1, 22);
  h.writeUInt32LE(rate, 24); h.writeUInt32LE(rate * 2, 28); h.writeUInt16LE(2, 32); h.writeUInt16LE(16, 34);
  h.write('data', 36); h.writeUInt32LE(data.length, 40);
  writeFileSync(new URL(name, OUT), Buffer.concat([h, data]));
  return 44 + data.length;
}

/** Sum of notes: [freqHz, startS, durS, gain]; each a sine with a soft attack and exponential decay. */
function render(rate, seconds, notes, { decay = 4, harmonics = [1, 0.3, 0.1] } = {}) {
  const n = Math.round(rate * seconds);
  const out = new Float64Array(n);
  for (const [f, start, dur, gain] of notes) {
    const i0 = Math.round(start * rate);
    const len = Math.round(dur * rate);
    for (let i = 0; i < len && i0 + i < n; i++) {
      const t = i / rate;
      const env = Math.min(1, t / 0.01) * Math.exp((-decay * t) / dur) * Math.min(1, (len - i) / (0.02 * rate));
      let v = 0;
      harmonics.forEach((h, k) => (v += h * Math.sin(2 * Math.PI * f * (k + 1) * t)));
      out[i0 + i] += gain * env * v;
    }
  }
  return Array.from(out);
}

const R = 22050;
let total = 0;
// Turn: a soft two-note chime.
total += wav('turn.wav', R, render(R, 0.6, [[660, 0, 0.4, 0.25], [880, 0.12, 0.45, 0.2]]));
// Diplomacy: a rising third, warm.
total += wav('diplomacy.wav', R, render(R, 0.8, [[523.25, 0, 0.5, 0.22], [659.25, 0.15, 0.55, 0.22], [783.99, 0.3, 0.5, 0.18]]));
// Alarm: low, insistent pulses (a strike, a clash, an offensive).
total += wav('alarm.wav', R, render(R, 0.9, [[220, 0, 0.22, 0.35], [207.65, 0.3, 0.22, 0.35], [196, 0.6, 0.28, 0.35]], { decay: 2, harmonics: [1, 0.5, 0.3, 0.2] }));
// Ending: a slow minor chord fading out (no triumph: endings are sobering).
total += wav('ending.wav', R, render(R, 2.2, [[220, 0, 2.1, 0.16], [261.63, 0.1, 2.0, 0.14], [329.63, 0.2, 1.9, 0.12], [440, 0.3, 1.8, 0.08]], { decay: 2.5 }));
// Music: a quiet 16-second loop of slow drone and modal notes, at a low rate to stay small.
const MR = 11025;
const bars = [];
const scale = [146.83, 164.81, 174.61, 196, 220, 233.08, 261.63]; // D Phrygian-ish colour
const melody = [0, 2, 4, 3, 2, 1, 0, 4, 5, 4, 2, 3, 1, 0, 2, 0];
melody.forEach((deg, i) => bars.push([scale[deg] * 2, i, 1.4, 0.06]));
for (let i = 0; i < 16; i += 4) bars.push([73.42, i, 4.2, 0.09], [110, i, 4.2, 0.05]);
total += wav('music.wav', MR, render(MR, 16, bars, { decay: 1.5, harmonics: [1, 0.15] }));
console.log(`wrote 5 files to assets/audio/ (${(total / 1024).toFixed(0)} kB)`);
