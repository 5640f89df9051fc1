// How one item (action item, milestone, win, feedback, introduction) looks as a tree row.
import * as vscode from 'vscode';
import { daysOverdue, isOverdue, type FollowUp } from '../../core/openItems';
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

/** `followUp`: where the open item was listed again and ticked; it counts as done. */
export function itemTreeItem(node: ItemNode, today: IsoDate, followUp?: FollowUp): vscode.TreeItem {
  const { item, entry } = node;
  const row = new vscode.TreeItem(itemLabel(item), vscode.TreeItemCollapsibleState.None);
  row.id = node.id;
  row.description = followUp ? followedUpDescription(item, followUp) : itemDescription(item, entry, today);
  row.iconPath = followUp ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')) : itemIcon(item, entry, today);
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

/** e.g. `@sam · done 2026-11-18 (ticked again there)`. */
function followedUpDescription(item: Item, f: FollowUp): string {
  return [item.owner && `@${item.owner}`, `done ${f.date} (ticked again there)`].filter(Boolean).join(' · ');
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

export function itemTooltip(item: Item, entry: Entry, today: IsoDate, followUp?: FollowUp): vscode.MarkdownString {
  const late = followUp ? 0 : daysOverdue(item, today);
  const status = item.status === null ? null : followUp ? 'done' : item.status === 'open' && late ? `open, ${plural(late, 'day')} overdue` : item.status;
  const unreadable = unreadableDue(entry, item);
  const where = entry.type === 'session' ? `session ${entry.date ?? entry.path}` : `${entry.type} "${entry.title}"`;
  return new Tooltip()
    .title(itemLabel(item))
    .line(KIND_NAMES[item.kind], status, item.owner && `owner @${item.owner}`, item.due && `due ${item.due}`, item.completion && `done ${item.completion}`)
    .line(followUp && `Listed again and ticked in ${followUp.path}, line ${followUp.line} (${followUp.date}): it counts as done. Tick it here too to say so in this file.`)
    .line(unreadable !== null && `The due date "${unreadable}" is not a day (write YYYY-MM-DD): Set Due Date fixes it.`)
    .line(item.goals.length > 0 && `Goal: ${item.goals.join(', ')}`)
    .line(...taskFieldWords(item))
    .line(`From ${where}: ${entry.path}, line ${item.line}`)
    .line(entry.isPrivate && 'Private: kept out of agendas, reports and anything shared.')
    .build();
}
