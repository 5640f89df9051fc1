// The journal under --root as the CLI reads it: one mentorship at a time (core/mentorshipGroups.ts),
// so a command holds one mentorship in memory, not the whole journal, and `--mentorship DIR`
// reads only that folder. Every answer is the one the whole journal's index gives (unit tests
// compare both on generated journals); when grouping could differ, everything is read at once.
import { isIgnoredFolder, type JournalFs } from '../core/journalFs';
import { JournalIndex, type Mentorship } from '../core/journalIndex';
import { groupId, planGroups, readGroup, type GroupPlan, type MentorshipGroup } from '../core/mentorshipGroups';
import type { Diagnostic } from '../core/model';
import { linkOnTheWay, problemDiagnostic, readFiles, scanJournal } from '../core/scan';
import { trimEndWhere } from '../core/text';
import { UsageError } from './args';

/** An index, and what it covers: one mentorship's group, or the whole journal. */
export interface Part {
  index: JournalIndex;
  /** The group's files in path order (every file when `whole`). */
  files: readonly string[];
}

export class JournalReader {
  private constructor(
    private readonly fs: JournalFs,
    /** Null: read the whole journal at once. */
    private readonly plan: GroupPlan | null,
    /** Called before each part is read, once the previous one may be dropped (e.g. to collect garbage). */
    private readonly between?: () => void,
  ) {}

  static async open(fs: JournalFs, between?: () => void): Promise<JournalReader> {
    return new JournalReader(fs, await planGroups(fs), between);
  }

  /** The text of one file of the journal (e.g. a session's, for its summary); throws when unreadable. */
  readFileNow(path: string): string {
    if (!this.fs.readFileNow) throw new Error('this file system reads asynchronously');
    return this.fs.readFileNow(path);
  }

  /** Folders that could not be listed. */
  problems(): Diagnostic[] {
    return (this.plan?.problems ?? []).map(problemDiagnostic);
  }

  /**
   * Every part of the journal, one after the other (each can be dropped before the next). In path
   * order when `ordered`: parts whose files interleave (nested mentorships between another's
   * folders) are then read as one.
   */
  async *parts(ordered = false): AsyncGenerator<Part> {
    if (!this.plan || (ordered && interleaved(this.plan.groups))) {
      yield await this.whole();
      return;
    }
    const groups = ordered ? [...this.plan.groups].sort((a, b) => (a.files[0] < b.files[0] ? -1 : 1)) : this.plan.groups;
    for (const group of groups) {
      this.between?.();
      yield { index: await readGroup(this.fs, group), files: group.files };
    }
  }

  /**
   * The mentorship `wanted` names (a folder or the mentee's handle), or the only one when none is
   * named; with an index that answers for it. Reads only its folder when `wanted` is the folder
   * of an agreement.
   */
  async pick(wanted: string | undefined): Promise<{ index: JournalIndex; mentorship: Mentorship }> {
    const quick = wanted === undefined ? undefined : await this.folderOf(wanted);
    if (quick) return quick;
    const { index, all } = await this.overview();
    if (wanted !== undefined) {
      const m = index.findMentorship(wanted);
      if (!m) throw new UsageError(`no mentorship "${wanted}" (found: ${all.map(describe).join(', ') || 'none'})`);
      return this.partOf(m, index);
    }
    if (all.length === 1) return this.partOf(all[0], index);
    if (all.length === 0) throw new UsageError('no mentorship.md agreement found under --root');
    throw new UsageError(`${all.length} mentorships here; choose one with --mentorship (${all.map(describe).join(', ')})`);
  }

  /** Every file read at once, as the extension does. */
  private async whole(): Promise<Part> {
    const index = new JournalIndex();
    await scanJournal(this.fs, index);
    return { index, files: index.all().map((e) => e.path) };
  }

  /**
   * What names and finds mentorships without reading their sessions: the agreements, and the files
   * under none (where sessions that name their people make mentorships of their own).
   */
  private async overview(): Promise<{ index: JournalIndex; all: Mentorship[] }> {
    if (!this.plan) {
      const { index } = await this.whole();
      return { index, all: index.mentorships() };
    }
    const index = new JournalIndex();
    const loose = this.plan.groups.find((g) => g.prefix === null)?.files ?? [];
    await readFiles(this.fs, index, [...loose, ...this.plan.agreements.all().map((e) => e.path)]);
    return { index, all: index.mentorships() };
  }

  /** An index holding mentorship `m` (found in `overview`). */
  private async partOf(m: Mentorship, overview: JournalIndex): Promise<{ index: JournalIndex; mentorship: Mentorship }> {
    const group = this.plan?.groups.find((g) => g.prefix !== null && groupId(g) === m.id);
    if (!group) return { index: overview, mentorship: m };
    const index = await readGroup(this.fs, group);
    return { index, mentorship: index.mentorship(m.id)! };
  }

  /** `--mentorship DIR` where DIR holds an agreement: that folder alone. */
  private async folderOf(wanted: string): Promise<{ index: JournalIndex; mentorship: Mentorship } | undefined> {
    const id = trimEndWhere(wanted.replace(/\\/g, '/').replace(/^(?:\.\/)+/, ''), (c) => c === 47) || '.';
    const segments = id === '.' ? [] : id.split('/');
    // Only a plain relative folder the scan would read itself (no `..`, no hidden or link on the way).
    if (segments.some((s) => s === '' || s === '.' || s === '..' || isIgnoredFolder(s))) return undefined;
    if (segments.length && (await linkOnTheWay(this.fs, segments.join('/'))) !== null) return undefined;
    const prefix = segments.length ? segments.join('/') + '/' : '';
    if (prefix === '') return undefined; // The root: its agreement's group is most of the journal anyway.
    const plan = await planGroups(this.fs, prefix.slice(0, -1)).catch(() => null);
    const group = plan?.groups.find((g) => g.prefix === prefix);
    if (!group) return undefined;
    const index = await readGroup(this.fs, group);
    const mentorship = index.mentorship(id);
    return mentorship ? { index, mentorship } : undefined;
  }
}

/** Whether some group's files lie between another group's first and last file. */
function interleaved(groups: readonly MentorshipGroup[]): boolean {
  const ranges = groups
    .filter((g) => g.files.length)
    .map((g) => [g.files[0], g.files[g.files.length - 1]] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return ranges.some((r, i) => i > 0 && ranges[i - 1][1] > r[0]);
}

function describe(m: Mentorship): string {
  return m.agreement.mentee?.handle ? `${m.id} = @${m.agreement.mentee.handle}` : m.id;
}
