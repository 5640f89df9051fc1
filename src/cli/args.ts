// A small argument parser for the CLI's fixed contract: `--flag value`, `--flag=value`, `--switch`.

export class UsageError extends Error {}

export interface ParsedArgs {
  values: Map<string, string>;
  switches: Set<string>;
}

export function parseArgs(argv: string[], valued: readonly string[], switches: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { values: new Map(), switches: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (switches.includes(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      out.switches.add(name);
    } else if (valued.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      out.values.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return out;
}
