// A worker thread of `naervaer evaluate` (evaluate-workers.ts): TypeScript through tsx, like bin/naervaer.js.
import { register } from 'tsx/esm/api';

register();
await import('./evaluate-worker-main.ts');
