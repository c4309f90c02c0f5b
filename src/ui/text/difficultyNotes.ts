/**
 * Difficulty notes for the start screen: the agents' own notes (what each level changes in their
 * choices), with the UI's words as a fallback for any level they do not describe.
 */
import type { Difficulty } from '../../agents/types.js';
import { DIFFICULTY_NOTES } from '../../agents/difficulty.js';
import { UI_DIFFICULTY_NOTES } from './difficulty.js';

export function difficultyNotes(): Record<Difficulty, string> {
  return { ...UI_DIFFICULTY_NOTES, ...DIFFICULTY_NOTES };
}
