/** Every benchmark module, in the order the table prints them. Add browser figures here later. */
import type { BenchModule } from './types.js';
import { gamesBench } from './games.js';
import { turnBench } from './turn.js';
import { monteCarloBench } from './montecarlo.js';

export const BENCHES: readonly BenchModule[] = [turnBench, gamesBench, monteCarloBench];
