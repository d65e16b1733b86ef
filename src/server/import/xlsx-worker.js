// The XLSX-reading worker thread (decision 073): TypeScript through tsx, like bin/naervaer.js.
import { register } from 'tsx/esm/api';

register();
await import('./xlsx-worker-main.ts');
