// The extension's settings, read in one place (names match package.json `contributes.configuration`).
import * as vscode from 'vscode';
import { trimEndWhere, trimStartWhere } from '../core/text';

export type GroupBy = 'due' | 'owner';
export type AgendaOutput = 'session' | 'clipboard' | 'cursor';

export interface Settings {
  /** The journal folder inside each workspace folder, e.g. `mentorship`. */
  root: string;
  /** The user's own handle, without `@`, or null. */
  handle: string | null;
  groupBy: GroupBy;
  agendaOutput: AgendaOutput;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('mentorship', scope);
  const isSlash = (ch: number) => ch === 47 || ch === 92;
  const root = trimEndWhere(trimStartWhere((c.get<string>('root') ?? 'mentorship').trim(), isSlash), isSlash);
  const handle = (c.get<string>('handle') ?? '').trim().replace(/^@/, '');
  return {
    root: root === '' ? '.' : root,
    handle: handle || null,
    groupBy: c.get<GroupBy>('actionItems.groupBy') === 'owner' ? 'owner' : 'due',
    agendaOutput: (['session', 'clipboard', 'cursor'] as const).find((o) => o === c.get('agenda.output')) ?? 'session',
  };
}
