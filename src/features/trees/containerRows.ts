// How mentorship, goal, session and group rows look. Each view words its mentorship row's
// description itself (goals count, sessions count, open items), passed in here.
import * as vscode from 'vscode';
import { formatCadence } from '../../core/cadence';
import type { GoalView } from '../../core/journalIndex';
import type { IsoDate } from '../../core/model';
import { formatPerson } from '../../core/people';
import { plural } from '../../core/summaries';
import type { EntryNode, GroupKind, GroupNode, MentorshipNode, ProgressNode } from './treeNodes';
import { Tooltip } from '../../host/tooltip';

const Expanded = vscode.TreeItemCollapsibleState.Expanded;
const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
const None = vscode.TreeItemCollapsibleState.None;

/**
 * `description`: the view's own words; the folder name is added when several folders are open.
 * `expanded`: whether the row starts open (not when a repository holds many mentorships).
 */
export function mentorshipTreeItem(node: MentorshipNode, description: string, severalFolders: boolean, expanded = true): vscode.TreeItem {
  const { journal, mentorship } = node.ref;
  const row = new vscode.TreeItem(mentorship.title, expanded ? Expanded : Collapsed);
  row.id = node.id;
  row.description = [severalFolders ? journal.label : '', description].filter(Boolean).join(' · ');
  row.iconPath = new vscode.ThemeIcon('account');
  row.contextValue = 'mentorship';
  return row;
}

export function mentorshipTooltip(node: MentorshipNode): vscode.MarkdownString {
  const { journal, mentorship } = node.ref;
  const a = mentorship.agreement;
  return new Tooltip()
    .title(mentorship.title)
    .line(a.mentor && `Mentor: ${formatPerson(a.mentor)}`, a.mentee && `Mentee: ${formatPerson(a.mentee)}`)
    .line(a.cadence && `Meets ${formatCadence(a.cadence)}`, a.started && `since ${a.started}`, a.ends && `until ${a.ends}`)
    .line(a.channel)
    .line(a.focus.length > 0 && `Focus: ${a.focus.join('; ')}`)
    .line(`${journal.label}: ${mentorship.agreementPath}`)
    .build();
}

/** "Reading the journal…" while the index builds, with how far it got. */
export function progressTreeItem(node: ProgressNode): vscode.TreeItem {
  const row = new vscode.TreeItem('Reading the journal…', None);
  row.id = node.id;
  if (node.total) row.description = `${thousands(node.done!)} of ${thousands(node.total)} files`;
  row.iconPath = new vscode.ThemeIcon('loading~spin');
  row.contextValue = 'progress';
  return row;
}

const GROUP_ICONS: Record<GroupKind, vscode.ThemeIcon> = {
  overdue: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  badDate: new vscode.ThemeIcon('calendar', new vscode.ThemeColor('list.errorForeground')),
  thisWeek: new vscode.ThemeIcon('bell'),
  later: new vscode.ThemeIcon('calendar'),
  noDate: new vscode.ThemeIcon('circle-large-outline'),
  owner: new vscode.ThemeIcon('person'),
  discussed: new vscode.ThemeIcon('comment-discussion'),
};

export function groupTreeItem(node: GroupNode, description: string): vscode.TreeItem {
  const row = new vscode.TreeItem(node.label, node.kind === 'discussed' ? Collapsed : Expanded);
  row.id = node.id;
  row.description = description;
  row.iconPath = GROUP_ICONS[node.kind];
  row.contextValue = `group-${node.kind}`;
  return row;
}

export function goalTreeItem(node: EntryNode, goal: GoalView): vscode.TreeItem {
  const { entry } = node;
  const info = entry.goal!;
  const row = new vscode.TreeItem(entry.title, node.expandable ? Collapsed : None);
  row.id = node.id;
  row.description = goalDescription(goal);
  row.iconPath = goalIcon(info.status, entry.isPrivate);
  row.contextValue = 'goal';
  row.command = { command: 'mentorship.openItem', title: 'Open', arguments: [node] };
  return row;
}

export function goalTooltip(node: EntryNode, goal: GoalView): vscode.MarkdownString {
  const { entry } = node;
  const info = entry.goal!;
  const next = goal.milestones.find((m) => m.status === 'open');
  return new Tooltip()
    .title(entry.title)
    .line(`Status: ${info.status}`, goal.total > 0 && `${goal.done} of ${plural(goal.total, 'milestone')} done`)
    .line(info.started && `Started ${info.started}`, info.target && `target ${info.target}`)
    .line(next && `Next milestone: ${next.title}`)
    .line(info.skills.length > 0 && `Skills: ${info.skills.join(', ')}`)
    .line(entry.path)
    .line(entry.isPrivate && 'Private: kept out of agendas, reports and anything shared.')
    .build();
}

/** e.g. `3/5 · target 2026-12-15`, `4/4 · achieved`. */
export function goalDescription(goal: GoalView): string {
  const info = goal.entry.goal!;
  const parts: string[] = [];
  if (goal.total > 0) parts.push(`${goal.done}/${goal.total}`);
  if (info.status !== 'active') parts.push(info.status);
  if (info.target && (info.status === 'active' || info.status === 'paused')) parts.push(`target ${info.target}`);
  if (goal.entry.isPrivate) parts.push('private');
  return parts.join(' · ');
}

function goalIcon(status: string, isPrivate: boolean): vscode.ThemeIcon {
  switch (status) {
    case 'achieved':
      return new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
    case 'paused':
      return new vscode.ThemeIcon('debug-pause');
    case 'dropped':
      return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
    default:
      return new vscode.ThemeIcon(isPrivate ? 'lock' : 'target');
  }
}

export function sessionTreeItem(node: EntryNode): vscode.TreeItem {
  const { entry } = node;
  const row = new vscode.TreeItem(entry.date ?? entry.path.slice(entry.path.lastIndexOf('/') + 1), node.expandable ? Collapsed : None);
  row.id = node.id;
  const open = openCount(entry);
  row.description = [open ? `${open} open` : '', node.summary, entry.isPrivate ? 'private' : ''].filter(Boolean).join(' · ');
  row.iconPath = new vscode.ThemeIcon(entry.isPrivate ? 'lock' : 'comment-discussion');
  row.contextValue = 'session';
  row.command = { command: 'mentorship.openItem', title: 'Open', arguments: [node] };
  return row;
}

export function sessionTooltip(node: EntryNode, today: IsoDate): vscode.MarkdownString {
  const { entry } = node;
  const open = entry.items.filter((i) => i.kind === 'action' && i.status === 'open');
  const overdue = open.filter((i) => i.due !== null && i.due < today).length;
  const count = (kind: string) => entry.items.filter((i) => i.kind === kind).length;
  return new Tooltip()
    .title(`${entry.title}${entry.date && !entry.title.includes(entry.date) ? ` (${entry.date})` : ''}`)
    .line(node.summary !== entry.title && node.summary)
    .line(
      plural(open.length, 'open action item'),
      overdue > 0 && `${overdue} overdue`,
      count('win') > 0 && plural(count('win'), 'win'),
      count('feedback') > 0 && `${count('feedback')} feedback`,
      count('intro') > 0 && plural(count('intro'), 'introduction'),
    )
    .line(entry.goalIds.length > 0 && `Goals: ${entry.goalIds.join(', ')}`)
    .line(entry.path)
    .line(entry.isPrivate && 'Private: kept out of agendas, reports and anything shared.')
    .build();
}

/** `12,345`: without Intl, whose first use costs more than the whole row. */
function thousands(n: number): string {
  let out = String(n);
  for (let at = out.length - 3; at > 0; at -= 3) out = `${out.slice(0, at)},${out.slice(at)}`;
  return out;
}

function openCount(entry: EntryNode['entry']): number {
  let n = 0;
  for (const i of entry.items) if (i.kind === 'action' && i.status === 'open') n++;
  return n;
}
