// The plain models behind the three trees' rows (references-view style: data here, the TreeItem
// is built by the provider). Rows that stand for a mentorship, an entry or an item have exactly
// the shapes commands accept (host/nodes.ts), so a context-menu command receives the row itself.
import type { GoalView, Mentorship } from '../../core/journalIndex';
import type { Entry, Item } from '../../core/model';
import type { Journal, MentorshipRef } from '../../host/journalStore';
import type { EntryRefArg, ItemRefArg, MentorshipArg } from '../../host/nodes';

export type TreeNode = MentorshipNode | GroupNode | EntryNode | ItemNode | ProgressNode;

interface NodeBase {
  /** Unique in its tree and stable across refreshes (keeps rows expanded, lets reveal find them). */
  readonly id: string;
  /** What getParent returns. */
  readonly parent: TreeNode | undefined;
}

export interface MentorshipNode extends NodeBase, MentorshipArg {}

/** Due-date buckets and owners in Action Items; "Discussed in" under a goal. */
export type GroupKind = 'overdue' | 'badDate' | 'thisWeek' | 'later' | 'noDate' | 'owner' | 'discussed';

export interface GroupNode extends NodeBase {
  readonly type: 'group';
  readonly kind: GroupKind;
  readonly label: string;
  readonly journal: Journal;
  readonly mentorship: Mentorship;
  /** Filled right after the group is made: its rows point back at it. */
  readonly children: TreeNode[];
}

export interface EntryNode extends NodeBase, EntryRefArg {
  readonly role: 'goal' | 'session';
  readonly entry: Entry;
  readonly mentorship: Mentorship;
  /** Goals only: milestones and progress. */
  readonly goal?: GoalView;
  /** Sessions only: a few words about the session. */
  readonly summary: string;
  readonly expandable: boolean;
}

export interface ItemNode extends NodeBase, ItemRefArg {
  readonly entry: Entry;
}

/** The one row a tree shows while the index builds. */
export interface ProgressNode extends NodeBase {
  readonly type: 'progress';
  /** Files read so far, of those found (unknown at first). */
  readonly done?: number;
  readonly total?: number;
}

export function progressNode(progress: { done: number; total: number } | undefined): ProgressNode {
  return { type: 'progress', id: 'progress', parent: undefined, done: progress?.done, total: progress?.total };
}

export function mentorshipNode(ref: MentorshipRef): MentorshipNode {
  return { type: 'mentorship', ref, id: mentorshipNodeId(ref.journal, ref.mentorship), parent: undefined };
}

function mentorshipNodeId(journal: Journal, mentorship: Mentorship): string {
  return `m:${journal.folder.uri.toString()}#${mentorship.id}`;
}

/** A group; without a parent (a top-level group) its id still names its mentorship. */
export function groupNode(
  parent: TreeNode | undefined,
  journal: Journal,
  mentorship: Mentorship,
  kind: GroupKind,
  fields: { key: string; label: string },
): GroupNode {
  const base = parent ? parent.id : mentorshipNodeId(journal, mentorship);
  return { type: 'group', kind, label: fields.label, journal, mentorship, children: [], id: `${base}/g:${fields.key}`, parent };
}

export function entryNode(
  parent: TreeNode,
  journal: Journal,
  mentorship: Mentorship,
  entry: Entry,
  fields: { role: 'goal' | 'session'; goal?: GoalView; summary?: string; expandable: boolean },
): EntryNode {
  return {
    type: 'entry',
    journal,
    path: entry.path,
    entry,
    mentorship,
    role: fields.role,
    goal: fields.goal,
    summary: fields.summary ?? '',
    expandable: fields.expandable,
    id: `${parent.id}/e:${entry.path}`,
    parent,
  };
}

export function itemNode(parent: TreeNode, journal: Journal, entry: Entry, item: Item): ItemNode {
  return { type: 'item', journal, path: entry.path, item, entry, id: `${parent.id}/i:${entry.path}:${item.line}`, parent };
}
