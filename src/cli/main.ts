// The `naervaer` command line: one sub-command per file in src/cli/commands.
type Command = { summary: string; run: (args: string[]) => Promise<number> };

const commands: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./commands/serve')).serve,
  migrate: async () => (await import('./commands/migrate')).migrate,
  demo: async () => (await import('./commands/demo')).demo,
  evaluate: async () => (await import('./commands/evaluate')).evaluate,
  import: async () => (await import('./commands/import')).importCommand,
  audit: async () => (await import('./commands/audit')).audit,
  kommune: async () => (await import('./commands/setup')).kommuneCommand,
  school: async () => (await import('./commands/setup')).schoolCommand,
  user: async () => (await import('./commands/setup')).userCommand,
  backup: async () => (await import('./commands/backup')).backupCommand,
  restore: async () => (await import('./commands/backup')).restoreCommand,
  oidc: async () => (await import('./commands/oidc')).oidcCommand,
  roster: async () => (await import('./commands/roster')).rosterCommand,
  archive: async () => (await import('./commands/archive')).archiveCommand,
};

const summaries: Record<string, string> = {
  serve: 'Start Nærvær (API og nettside) på PORT (standard 3000)',
  migrate: 'Kjør databasemigreringer',
  demo: 'Lag demokommunene (syntetiske data)',
  evaluate: 'Evaluer fraværsregler for elever per dato (JSON ut)',
  import: 'Importer fravær for en skole fra CSV eller XLSX (alt eller ingenting)',
  audit: 'Kontroller og forsegle revisjonsloggens hashkjede (audit verify, audit seal)',
  kommune: 'Lag en kommune (kommune create)',
  school: 'Lag en skole i en kommune (school create)',
  user: 'Lag en bruker med en rolle og en engangslenke til passord (user create)',
  backup: 'Ta sikkerhetskopi av hele databasen til en fil',
  restore: 'Gjenopprett en sikkerhetskopi til en tom database',
  oidc: 'Innlogging med Feide, ID-porten og HelseID (oidc add, emergency-admin, password-login)',
  roster: 'Synkroniser elever, foresatte og ansatte fra elevregisteret (roster sync)',
  archive: 'Noark 5-arkivuttrekk til fil, oversikt og overføring til arkivet (archive export, list, hand-over)',
};

function help(): string {
  const lines = Object.keys(commands).map((name) => `  ${name.padEnd(10)} ${summaries[name] ?? ''}`);
  return [
    'Bruk: naervaer <kommando> [valg]',
    '',
    'Kommandoer:',
    ...lines,
    '',
    'Kjør «naervaer <kommando> --help» for valg.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return 0;
  }
  const load = commands[name];
  if (!load) {
    console.error(`Ukjent kommando «${name}».\n\n${help()}`);
    return 2;
  }
  const command = await load();
  return command.run(rest);
}
