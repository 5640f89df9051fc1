// The extension's settings, read in one place (names match package.json `contributes.configuration`).
import * as vscode from 'vscode';
import { trimEndWhere } from '../core/text';

export type GroupBy = 'due' | 'owner';
export type AgendaOutput = 'session' | 'clipboard' | 'cursor';

export interface Settings {
  /** The journal folder inside each workspace folder, e.g. `mentorship`. */
  root: string;
  /** The user's own handle, without `@`, or null. */
  handle: string | null;
  groupBy: GroupBy;
  agendaOutput: AgendaOutput;
  /** Show the counts and "Generate agenda here" above a session's Action items. */
  codeLens: boolean;
}

/**
 * The journal root as folder names inside the workspace folder (`[]` for the folder itself), or
 * why it is refused: an absolute path or `..` would leave the workspace folder.
 */
export function rootSegments(root: string): string[] | string {
  if (/^(?:[\\/]|[A-Za-z]:|~)/.test(root)) return 'is not a path inside the workspace folder';
  const segments = root.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return 'leads outside the workspace folder';
  return segments;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('mentorship', scope);
  // Trailing slashes go; a leading one stays, so an absolute path is refused (rootSegments).
  const root = trimEndWhere((c.get<string>('root') ?? 'mentorship').trim(), (ch) => ch === 47 || ch === 92);
  const handle = (c.get<string>('handle') ?? '').trim().replace(/^@/, '');
  return {
    root: root === '' ? '.' : root,
    handle: handle || null,
    groupBy: c.get<GroupBy>('actionItems.groupBy') === 'owner' ? 'owner' : 'due',
    agendaOutput: (['session', 'clipboard', 'cursor'] as const).find((o) => o === c.get('agenda.output')) ?? 'session',
    codeLens: c.get<boolean>('editor.codeLens') !== false,
  };
}
