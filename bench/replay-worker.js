// A benchmark worker thread: TypeScript through tsx, like bin/naervaer.js.
import { register } from 'tsx/esm/api';

register();
await import('./replay-worker-main.ts');
