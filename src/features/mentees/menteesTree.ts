// The Mentees view: the mentor's overview, one row per mentorship in the window (one folder per
// mentee, or several agreements in one repository). Under each: the next 1:1, the health with its
// signals (each opens its evidence), what awaits me (items owned by my handle), what is overdue,
// and what changed since the last session and who changed it, from git history when there is
// one (else from the files, saying so). Everything is read through the shared view.
import * as vscode from 'vscode';
import { buildChanges } from '../../core/changes';
import { type HealthLevel, type HealthSignal, type MentorshipHealth } from '../../core/health/health';
import type { ItemRef } from '../../core/journalIndex';
import type { IsoDate } from '../../core/model';
import { formatCadence } from '../../core/cadence';
import { byDue, daysOverdue, isOverdue } from '../../core/openItems';
import { nextMeeting } from '../../core/schedule';
import { nextMeetingPhrase } from '../../core/nextSessions';
import { itemLabel, plural, shortDay } from '../../core/summaries';
import { today } from '../../host/clock';
import { Disposable } from '../../host/dispose';
import { historySince, type Commit } from '../../host/gitHistory';
import type { JournalStore, MentorshipRef } from '../../host/journalStore';
import { mentorshipHealth } from '../../host/mentorshipHealth';
import type { EntryRefArg, ItemRefArg, MentorshipArg } from '../../host/nodes';
import { ownHandle } from '../../host/ownHandle';
import { Tooltip } from '../../host/tooltip';

export type MenteeNode =
  | (MentorshipArg & { id: string; health: MentorshipHealth | null })
  | { type: 'next'; id: string; ref: MentorshipRef }
  | { type: 'health'; id: string; ref: MentorshipRef; health: MentorshipHealth }
  | { type: 'signal'; id: string; ref: MentorshipRef; signal: HealthSignal }
  | { type: 'items'; id: string; ref: MentorshipRef; role: 'mine' | 'overdue'; items: ItemRef[]; me: string | null }
  | (ItemRefArg & { id: string })
  | { type: 'changes'; id: string; ref: MentorshipRef; since: IsoDate | null }
  | { type: 'commit'; id: string; ref: MentorshipRef; commit: Commit }
  | { type: 'note'; id: string; label: string; description?: string; open?: EntryRefArg; icon?: string };

const LEVEL_ICON: Record<HealthLevel, [string, string]> = { ok: ['pass', 'testing.iconPassed'], watch: ['warning', 'list.warningForeground'], act: ['error', 'list.errorForeground'] };

export class MenteesTree extends Disposable implements vscode.TreeDataProvider<MenteeNode> {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: JournalStore) {
    super();
    this._register(store.onDidChange(() => this.changed.fire()));
  }

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: MenteeNode): Promise<MenteeNode[]> {
    await this.store.ready();
    const day = today();
    if (!node) return this.store.mentorships().map((ref) => ({ type: 'mentorship', ref, id: ref.key, health: mentorshipHealth(this.store, ref, day) }));
    switch (node.type) {
      case 'mentorship':
        return this.rowsOf(node.ref, node.health, day);
      case 'health':
        return node.health.signals.map((signal, i) => ({ type: 'signal', id: `${node.id}/${i}`, ref: node.ref, signal }));
      case 'items':
        return node.items.map((r) => ({ type: 'item', id: `${node.id}/${r.entry.path}:${r.item.line}`, journal: node.ref.journal, path: r.entry.path, item: r.item }));
      case 'changes':
        return this.changesOf(node, day);
      case 'commit':
        return node.commit.files.map((file) => {
          const path = node.ref.mentorship.prefix + file;
          const exists = node.ref.journal.index.get(path) !== undefined;
          return { type: 'note', id: `${node.id}/${file}`, label: file, description: exists ? undefined : 'not in the journal now', open: exists ? { type: 'entry', journal: node.ref.journal, path } : undefined, icon: 'file' };
        });
      default:
        return [];
    }
  }

  private async rowsOf(ref: MentorshipRef, health: MentorshipHealth | null, day: IsoDate): Promise<MenteeNode[]> {
    const id = ref.key;
    const me = await ownHandle(this.store);
    const open = openItems(ref);
    const mine = me === null ? [] : open.filter((r) => r.item.owner?.toLowerCase() === me.toLowerCase());
    const overdue = open.filter((r) => r.item.kind === 'action' && isOverdue(r.item, day));
    const last = nextMeeting(ref.journal.index.shared(), ref.mentorship.id, day).lastSession;
    const rows: MenteeNode[] = [{ type: 'next', id: `${id}/next`, ref }];
    if (health) rows.push({ type: 'health', id: `${id}/health`, ref, health });
    rows.push({ type: 'items', id: `${id}/mine`, ref, role: 'mine', items: mine, me });
    rows.push({ type: 'items', id: `${id}/overdue`, ref, role: 'overdue', items: overdue, me });
    rows.push({ type: 'changes', id: `${id}/changes`, ref, since: last?.date ?? null });
    return rows;
  }

  private async changesOf(node: Extract<MenteeNode, { type: 'changes' }>, day: IsoDate): Promise<MenteeNode[]> {
    const { ref } = node;
    const folder = ref.mentorship.prefix ? ref.journal.uri(ref.mentorship.prefix.slice(0, -1)) : ref.journal.root;
    const history = await historySince(folder, node.since);
    if (history.available) {
      if (history.commits.length === 0) return [{ type: 'note', id: `${node.id}/none`, label: 'No commits since then', icon: 'git-commit' }];
      const rows: MenteeNode[] = history.commits.map((commit) => ({ type: 'commit', id: `${node.id}/${commit.hash}`, ref, commit }));
      if (history.more) rows.push({ type: 'note', id: `${node.id}/more`, label: 'and older commits', description: 'see the Source Control history' });
      return rows;
    }
    // No git: what the files say changed, without who changed it.
    const rows: MenteeNode[] = [{ type: 'note', id: `${node.id}/no-git`, label: 'No git history here', description: `${history.reason}; from the files, without who changed them`, icon: 'info' }];
    const c = buildChanges(ref.journal.index.shared(), { mentorshipId: ref.mentorship.id, today: day });
    for (const e of c.entries) {
      rows.push({ type: 'note', id: `${node.id}/${e.path}`, label: `${e.type === 'session' ? 'Session' : 'Note'} ${e.date}`, description: e.summary, open: { type: 'entry', journal: ref.journal, path: e.path }, icon: e.type === 'session' ? 'calendar' : 'note' });
    }
    const counts = [
      c.completed.length && plural(c.completed.length, 'action item') + ' completed',
      c.added.length && plural(c.added.length, 'new action item'),
      c.goals.length && plural(c.goals.length, 'goal') + ' moved',
      c.wins.length && plural(c.wins.length, 'win'),
      c.feedback.length && plural(c.feedback.length, 'piece') + ' of feedback',
    ].filter(Boolean);
    rows.push({ type: 'note', id: `${node.id}/counts`, label: counts.length ? counts.join(', ') : 'Nothing has changed in the files since then' });
    return rows;
  }

  getParent(): undefined {
    return undefined;
  }

  getTreeItem(node: MenteeNode): vscode.TreeItem {
    const day = today();
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    const None = vscode.TreeItemCollapsibleState.None;
    switch (node.type) {
      case 'mentorship': {
        const m = node.ref.mentorship;
        const row = new vscode.TreeItem(m.agreement.mentee?.name ?? m.title, vscode.TreeItemCollapsibleState.Expanded);
        const next = nextMeeting(node.ref.journal.index.shared(), m.id, day);
        const overdue = openItems(node.ref).filter((r) => r.item.kind === 'action' && isOverdue(r.item, day)).length;
        const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
        row.description = [multiRoot ? node.ref.journal.label : '', `next ${nextMeetingPhrase(next, day)}`, overdue ? `${overdue} overdue` : '', node.health ? `health: ${node.health.level}` : ''].filter(Boolean).join(' · ');
        row.iconPath = node.health ? levelIcon(node.health.level) : new vscode.ThemeIcon('person');
        const tip = new Tooltip().title(m.title).line(multiRoot ? node.ref.journal.label : '', m.id === '.' ? '' : m.id);
        const worst = node.health?.signals.find((s) => s.level === node.health!.level && s.level !== 'ok');
        if (worst) tip.line(`Health, ${worst.level}: ${worst.message}`);
        row.tooltip = tip.build();
        row.contextValue = 'mentorship';
        row.id = `mentees/${node.id}`;
        return row;
      }
      case 'next': {
        const next = nextMeeting(node.ref.journal.index.shared(), node.ref.mentorship.id, day);
        const row = new vscode.TreeItem(`Next 1:1: ${nextMeetingPhrase(next, day)}`, None);
        const c = node.ref.mentorship.agreement.cadence;
        row.description = [c ? formatCadence(c) : 'no cadence set', next.lastSession?.date ? `last ${shortDay(next.lastSession.date, day)}` : ''].filter(Boolean).join(', ');
        row.iconPath = new vscode.ThemeIcon('calendar');
        row.command = { command: 'mentorship.generateAgenda', title: 'Generate Agenda', arguments: [{ type: 'mentorship', ref: node.ref } satisfies MentorshipArg] };
        row.tooltip = 'Generate the agenda for this 1:1';
        row.id = `mentees/${node.id}`;
        return row;
      }
      case 'health': {
        const h = node.health;
        const row = new vscode.TreeItem(`Health: ${h.level}`, h.level === 'ok' ? Collapsed : vscode.TreeItemCollapsibleState.Expanded);
        const worst = h.signals.find((s) => s.level === h.level);
        row.description = h.level === 'ok' ? 'every signal is ok' : worst?.message;
        row.iconPath = levelIcon(h.level);
        row.id = `mentees/${node.id}/${h.level}`;
        return row;
      }
      case 'signal': {
        const s = node.signal;
        const row = new vscode.TreeItem(s.message, None);
        row.description = s.level;
        row.iconPath = levelIcon(s.level);
        const tip = new Tooltip().title(`${s.kind}: ${s.level}`).line(s.message);
        for (const e of s.evidence.slice(0, 8)) tip.line(`${e.file}:${e.line}`);
        row.tooltip = tip.build();
        const first = s.evidence[0];
        if (first) row.command = { command: 'mentorship.openItem', title: 'Open', arguments: [{ type: 'entry', journal: node.ref.journal, path: first.file, line: first.line } satisfies EntryRefArg] };
        row.accessibilityInformation = { label: `${s.level}: ${s.message}` };
        row.id = `mentees/${node.id}`;
        return row;
      }
      case 'items': {
        const mine = node.role === 'mine';
        const label = mine ? (node.me === null ? 'Awaiting you: who are you?' : `Awaiting you (@${node.me})`) : 'Overdue';
        const row = new vscode.TreeItem(label, node.items.length ? Collapsed : None);
        row.description = mine && node.me === null ? 'set "mentorship.handle" or git\'s user.name' : node.items.length ? String(node.items.length) : 'nothing';
        row.iconPath = new vscode.ThemeIcon(mine ? 'account' : 'warning');
        row.id = `mentees/${node.id}`;
        return row;
      }
      case 'item': {
        const { item } = node;
        const row = new vscode.TreeItem(itemLabel(item), None);
        const late = daysOverdue(item, day);
        row.description = [item.owner ? `@${item.owner}` : '', item.due ? `due ${item.due}` : '', late ? `${plural(late, 'day')} overdue` : ''].filter(Boolean).join(' · ');
        row.contextValue = `${item.kind}-item-${item.status ?? 'plain'}`;
        row.command = { command: 'mentorship.openItem', title: 'Open', arguments: [node] };
        row.iconPath = new vscode.ThemeIcon(late ? 'warning' : 'circle-large-outline');
        row.id = `mentees/${node.id}`;
        return row;
      }
      case 'changes': {
        const row = new vscode.TreeItem(node.since ? `Changed since ${shortDay(node.since, day)}` : 'Changed since the start', Collapsed);
        row.description = node.since ? 'the last session' : 'no session held yet';
        row.iconPath = new vscode.ThemeIcon('git-commit');
        row.id = `mentees/${node.id}`;
        return row;
      }
      case 'commit': {
        const c = node.commit;
        const row = new vscode.TreeItem(c.subject || c.hash.slice(0, 7), c.files.length ? Collapsed : None);
        row.description = [c.author, c.day ? shortDay(c.day, day) : '', plural(c.files.length, 'file')].filter(Boolean).join(' · ');
        row.tooltip = new Tooltip().title(c.subject).line(`${c.author}, ${c.day}`, c.hash.slice(0, 10)).line(...c.files).build();
        row.iconPath = new vscode.ThemeIcon('git-commit');
        row.id = `mentees/${node.id}`;
        return row;
      }
      case 'note': {
        const row = new vscode.TreeItem(node.label, None);
        row.description = node.description;
        if (node.icon) row.iconPath = new vscode.ThemeIcon(node.icon);
        if (node.open) row.command = { command: 'mentorship.openItem', title: 'Open', arguments: [node.open] };
        row.id = `mentees/${node.id}`;
        return row;
      }
    }
  }
}

/**
 * Open action items and introductions still to make, soonest due first, from the shared view: the
 * overview is a figure about both people, so private notes never reach it.
 */
function openItems(ref: MentorshipRef): ItemRef[] {
  return ref.journal.index
    .shared()
    .items(ref.mentorship.id)
    .filter((r) => (r.item.kind === 'action' || r.item.kind === 'intro') && r.item.status === 'open')
    .sort(byDue);
}

function levelIcon(level: HealthLevel): vscode.ThemeIcon {
  const [icon, color] = LEVEL_ICON[level];
  return new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
}
