#!/usr/bin/env node
// The `naervaer` command. The sources are TypeScript and run through tsx, so there is no build step for the server.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
