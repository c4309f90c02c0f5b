/**
 * What each difficulty changes, for the start screen. The agents' own notes are used when the agents
 * module exports them (DIFFICULTY_NOTES); these are the fallback words.
 */
import type { Difficulty } from '../../agents/types.js';

export const UI_DIFFICULTY_NOTES: Record<Difficulty, string> = {
  novice: 'The other capitals choose with more randomness and look less far ahead: mistakes are forgiven more often.',
  standard: 'The other capitals weigh their interests as the models say, with some noise.',
  expert: 'The other capitals choose sharply, look further ahead and read your signals closely.',
};
