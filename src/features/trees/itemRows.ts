// How one item (action item, milestone, win, feedback, introduction) looks as a tree row.
import * as vscode from 'vscode';
import { daysOverdue, isOverdue } from '../../core/openItems';
import type { Entry, IsoDate, Item, ItemKind } from '../../core/model';
import { itemLabel, plural, taskFieldWords } from '../../core/summaries';
import { unreadableDue } from '../../core/unreadableDates';
import type { ItemNode } from './treeNodes';
import { Tooltip } from '../../host/tooltip';

const KIND_NAMES: Record<ItemKind, string> = {
  action: 'Action item',
  milestone: 'Milestone',
  win: 'Win',
  feedback: 'Feedback',
  intro: 'Introduction',
  topic: 'Topic for next time',
};

export function itemTreeItem(node: ItemNode, today: IsoDate): vscode.TreeItem {
  const { item, entry } = node;
  const row = new vscode.TreeItem(itemLabel(item), vscode.TreeItemCollapsibleState.None);
  row.id = node.id;
  row.description = itemDescription(item, entry, today);
  row.iconPath = itemIcon(item, entry, today);
  // Matches the menus' `viewItem` regexes, e.g. `action-item-open`, `win-item-plain`.
  row.contextValue = `${item.kind}-item-${item.status ?? 'plain'}`;
  row.command = { command: 'mentorship.openItem', title: 'Open', arguments: [node] };
  row.accessibilityInformation = { label: `${KIND_NAMES[item.kind]}: ${row.label}. ${row.description}` };
  return row;
}

/** e.g. `@sam · due 2026-11-23 · 1 day overdue`, `@sam · done 2026-11-19`, `private`. */
export function itemDescription(item: Item, entry: Entry, today: IsoDate): string {
  const parts: string[] = [];
  const personal = item.kind === 'action' || item.kind === 'intro' || item.kind === 'milestone';
  if (personal && item.owner) parts.push(`@${item.owner}`);
  parts.push(...statusWords(item, today));
  const bad = unreadableDue(entry, item);
  if (bad !== null) parts.push(`due date unreadable: ${bad === '' ? '(empty)' : bad}`);
  if (entry.isPrivate) parts.push('private');
  return parts.join(' · ');
}

function statusWords(item: Item, today: IsoDate): string[] {
  switch (item.status) {
    case 'open': {
      if (item.due === null) return [];
      const late = daysOverdue(item, today);
      return late ? [`due ${item.due}`, `${plural(late, 'day')} overdue`] : [`due ${item.due}`];
    }
    case 'done':
      return [item.completion ? `done ${item.completion}` : 'done'];
    case 'cancelled':
      return ['cancelled'];
    case 'moved':
      return [item.moved ? `moved to ${item.moved}` : 'moved'];
    default:
      return [];
  }
}

function itemIcon(item: Item, entry: Entry, today: IsoDate): vscode.ThemeIcon {
  if (isOverdue(item, today)) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  if (item.status === 'open' && unreadableDue(entry, item) !== null) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground'));
  switch (item.status) {
    case 'done':
      return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
    case 'cancelled':
      return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground'));
    case 'moved':
      return new vscode.ThemeIcon('arrow-right');
  }
  // Open or plain: the neutral icons, where a lock says "private" instead.
  if (entry.isPrivate) return new vscode.ThemeIcon('lock');
  switch (item.kind) {
    case 'win':
      return new vscode.ThemeIcon('star-full', new vscode.ThemeColor('charts.yellow'));
    case 'feedback':
      return new vscode.ThemeIcon('comment');
    case 'intro':
      return new vscode.ThemeIcon('person-add');
    case 'topic':
      return new vscode.ThemeIcon('debug-stackframe-dot');
    default:
      return new vscode.ThemeIcon('circle-large-outline');
  }
}

export function itemTooltip(item: Item, entry: Entry, today: IsoDate): vscode.MarkdownString {
  const late = daysOverdue(item, today);
  const status = item.status === null ? null : item.status === 'open' && late ? `open, ${plural(late, 'day')} overdue` : item.status;
  const unreadable = unreadableDue(entry, item);
  const where = entry.type === 'session' ? `session ${entry.date ?? entry.path}` : `${entry.type} "${entry.title}"`;
  return new Tooltip()
    .title(itemLabel(item))
    .line(KIND_NAMES[item.kind], status, item.owner && `owner @${item.owner}`, item.due && `due ${item.due}`, item.completion && `done ${item.completion}`)
    .line(unreadable !== null && `The due date "${unreadable}" is not a day (write YYYY-MM-DD): Set Due Date fixes it.`)
    .line(item.goals.length > 0 && `Goal: ${item.goals.join(', ')}`)
    .line(...taskFieldWords(item))
    .line(`From ${where}: ${entry.path}, line ${item.line}`)
    .line(entry.isPrivate && 'Private: kept out of agendas, reports and anything shared.')
    .build();
}
