/** Every benchmark module, in the order the table prints them. `browser` runs the built game in headless Chromium. */
import type { BenchModule } from './types.js';
import { gamesBench } from './games.js';
import { turnBench } from './turn.js';
import { monteCarloBench } from './montecarlo.js';
import { forecastBench } from './forecast.js';
import { browserBench } from './browser.js';
import { forecastPageBench } from './forecastPage.js';

export const BENCHES: readonly BenchModule[] = [turnBench, gamesBench, monteCarloBench, forecastBench, forecastPageBench, browserBench];
