// Boots a TypeScript worker thread: tsx's loader does not reach worker threads on Node 20 by itself,
// so register it here, then import the worker module named in workerData.entry.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
