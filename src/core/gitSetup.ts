// What sharing a journal through git needs, as text: the .gitattributes line that sends journal
// files to the merge driver, the one `git config` command each clone runs to define the driver,
// and the pre-commit hook that runs `mentorship check` on what is staged. Initialize offers them
// (and writes only the .gitattributes, when asked); docs/cli.md shows the same lines.

/** The line of a `.gitattributes` in the journal's root folder (patterns there are relative to it). */
export const GITATTRIBUTES_LINE = '*.md merge=mentorship';

/** Whether a `.gitattributes` text already sends Markdown files to the driver. */
export function hasMergeAttribute(text: string): boolean {
  return text.split(/\r?\n/).some((l) => /^\S*\*\.md\s+(?:\S+\s+)*merge=mentorship(?:\s|$)/.test(l.trim()));
}

/** `text` quoted for a POSIX shell. */
export function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The command that defines the driver in one clone; `cli` runs the CLI (e.g. `npx --no mentorship`). */
export function driverConfigCommand(cli: string): string {
  return `git config merge.mentorship.driver ${shellQuote(`${cli} merge-driver %O %A %B %P`)}`;
}

/**
 * The pre-commit hook for a journal at `root` (relative to the repository's top folder): when
 * journal files are staged, it writes the staged journal to a temporary folder and runs
 * `mentorship check` there, so a commit with conflict markers, broken front matter or impossible
 * dates is refused.
 */
export function preCommitHook(root: string, cli: string): string {
  return [
    '#!/bin/sh',
    '# Mentorship Journal: refuse a commit whose staged journal has errors (mentorship check).',
    `root=${shellQuote(root)}`,
    ...HOOK_BODY(cli),
  ].join('\n') + '\n';
}

const HOOK_BODY = (cli: string) => [
  '[ -n "$root" ] || root=.',
  'git diff --cached --quiet -- "$root" && exit 0',
  'tmp=$(mktemp -d) || exit 1',
  'trap "rm -rf $tmp" EXIT',
  'git ls-files -z -- "$root" | xargs -0 git checkout-index --prefix="$tmp/" --',
  `${cli} check --root "$tmp/$root"`,
];

/**
 * One shell line, to run in a folder of the repository, that installs the hook for a journal
 * at `root` relative to that folder; it leaves an existing hook alone and says so.
 */
export function hookInstallCommand(root: string, cli: string): string {
  const lines = ['#!/bin/sh', '# Mentorship Journal: refuse a commit whose staged journal has errors (mentorship check).'].map(shellQuote);
  // The journal's path from the repository's top folder, known only where the line runs.
  lines.push(`"root=$(git rev-parse --show-prefix)"${shellQuote(root === '.' ? '' : root)}`);
  lines.push(...HOOK_BODY(cli).map(shellQuote));
  return `h="$(git rev-parse --git-path hooks/pre-commit)" && if [ -e "$h" ]; then echo "$h exists: add the Mentorship check to it by hand (see docs/cli.md)"; else printf '%s\\n' ${lines.join(' ')} > "$h" && chmod +x "$h" && echo "installed $h"; fi`;
}
