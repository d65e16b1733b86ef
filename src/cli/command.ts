// The shape every `naervaer` sub-command shares: help on --help (exit 0), a usage error with the help on
// stderr (exit 1), and the command's own refusals (its error type: a message for the operator) as exit 1
// instead of a stack trace. Anything else is a bug and is thrown.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type CliCommand = { summary: string; run(args: string[]): Promise<number> };

export type Values = Record<string, string | boolean | undefined>;

export type CliInput = { subcommand: string | undefined; values: Values; positionals: string[] };

/** What a refused run prints on stderr and exits with. */
export type Refusal = { lines: string[]; code: number };

export type CliSpec = {
  summary: string;
  help: string;
  /** The first argument must be one of these (`create`, `verify`, …); otherwise the help, exit 1. */
  subcommands?: readonly string[];
  options?: NonNullable<ParseArgsConfig['options']>;
  /** Options that must be given. */
  required?: readonly string[];
  /** Names of the positional arguments that must be given, in order (`<fil>`). */
  positionals?: readonly string[];
  /** The command's own error type as a refusal (undefined: not ours, rethrown). Default: none. */
  refusal?: (error: unknown) => Refusal | undefined;
  /** Runs the command: a string is printed on stdout (exit 0), a number is the exit code. */
  run(input: CliInput): Promise<string | number>;
};

/** A refusal of the command's own error type: its message, exit 1. */
export const refuseWith =
  (type: abstract new (...args: never[]) => Error) =>
  (error: unknown): Refusal | undefined =>
    error instanceof type ? { lines: [error.message], code: 1 } : undefined;

export function cliCommand(spec: CliSpec): CliCommand {
  const usage = (problem: string) => {
    console.error(`${problem}\n\n${spec.help}`);
    return 1;
  };
  return {
    summary: spec.summary,
    async run(args: string[]): Promise<number> {
      const subcommand = spec.subcommands ? args[0] : undefined;
      if (args.includes('--help') || (spec.subcommands && !spec.subcommands.includes(subcommand ?? ''))) {
        console.log(spec.help);
        return args.includes('--help') ? 0 : 1;
      }
      let values: Values;
      let positionals: string[];
      try {
        ({ values, positionals } = parseArgs({
          args: spec.subcommands ? args.slice(1) : args,
          options: { ...spec.options, help: { type: 'boolean' } },
          allowPositionals: (spec.positionals?.length ?? 0) > 0,
        }));
      } catch (e) {
        return usage((e as Error).message);
      }
      const missing = [
        ...(spec.required ?? []).filter((name) => !values[name]).map((name) => `--${name}`),
        ...(spec.positionals ?? []).slice(positionals.length),
      ];
      if (missing.length) return usage(`Mangler ${missing.join(', ')}.`);
      try {
        const result = await spec.run({ subcommand, values, positionals });
        if (typeof result === 'number') return result;
        console.log(result);
        return 0;
      } catch (e) {
        const refusal = spec.refusal?.(e);
        if (!refusal) throw e;
        for (const line of refusal.lines) console.error(line);
        return refusal.code;
      }
    },
  };
}
