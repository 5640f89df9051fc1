// Set Up Git Merging (offered at the end of Initialize): the three things that make two people's
// clones merge cleanly and refuse broken commits, each explained and chosen by the user:
//  - `.gitattributes` in the journal root, sending its Markdown files to the merge driver (a
//    file written through the writer, to be committed and so shared);
//  - the driver's one `git config` line, which each clone needs (git never runs a program a
//    repository names until its user configures it);
//  - the pre-commit hook that runs `mentorship check` on the staged journal.
// The last two are commands for this clone's git: typed into a terminal opened in the workspace
// folder, never run — the user reads them and presses Enter (or not). Where there is no local
// terminal (a virtual workspace, Windows' shells), they go to the clipboard instead.
import * as vscode from 'vscode';
import { driverConfigCommand, GITATTRIBUTES_LINE, hasMergeAttribute, hookInstallCommand, shellQuote } from '../../core/gitSetup';
import { trimEndWhere } from '../../core/text';
import type { Command } from '../../host/command';
import { Journal } from '../../host/journalStore';
import { EditRefused } from '../../host/journalWriter';
import type { Services } from '../../host/services';
import { exists, readText } from '../../host/workspaceFiles';

type Step = 'attributes' | 'driver' | 'hook';

export class SetUpGitCommand implements Command {
  readonly id = 'mentorship.setUpGit';
  readonly writes = true;
  constructor(private readonly services: Services) {}

  /** Returns what was done, e.g. ['attributes', 'driver'], or undefined when cancelled. */
  async execute(arg?: unknown): Promise<Step[] | undefined> {
    const journal = arg instanceof Journal ? arg : await this.pickJournal();
    if (!journal) return undefined;
    const attributes = journal.uri('.gitattributes');
    const haveAttribute = (await exists(attributes)) && hasMergeAttribute(await readText(attributes));
    const cli = this.cli();
    const items: (vscode.QuickPickItem & { step: Step })[] = [
      {
        step: 'attributes',
        label: haveAttribute ? '$(check) Journal files already go to the merge driver (.gitattributes)' : '$(git-merge) Merge journal files item by item (.gitattributes)',
        detail: `Adds "${GITATTRIBUTES_LINE}" to ${vscode.workspace.asRelativePath(attributes)}. Commit it: both clones then send journal files to the Mentorship merge driver where it is set up; where it is not, git merges them as usual.`,
      },
      {
        step: 'driver',
        label: '$(terminal) Set up the merge driver in this clone (git config)',
        detail: `Types "${driverConfigCommand(cli)}" in a terminal for you to run. Each clone needs it once; it points at this installed copy of the extension, so run it again after an update moves it.`,
      },
      {
        step: 'hook',
        label: '$(shield) Check the journal before each commit (pre-commit hook)',
        detail: 'Types a command that installs .git/hooks/pre-commit: "mentorship check" on the staged journal, refusing a commit with conflict markers or broken front matter. An existing hook is left alone.',
      },
    ];
    const picked = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      title: 'Share this journal through git',
      placeHolder: 'Choose what to set up (nothing runs without you: git commands are typed, not run)',
      ignoreFocusOut: true,
    });
    if (!picked || picked.length === 0) return undefined;
    const steps = picked.map((p) => p.step);
    if (steps.includes('attributes') && !haveAttribute) await this.addAttribute(journal, attributes);
    const commands: string[] = [];
    if (steps.includes('driver')) commands.push(driverConfigCommand(cli));
    if (steps.includes('hook')) commands.push(hookInstallCommand(rootInFolder(journal), cli));
    if (commands.length) await this.type(journal, commands.join(' && '));
    return steps;
  }

  private async pickJournal(): Promise<Journal | undefined> {
    const { store } = this.services;
    await store.ready();
    const journals = store.all().filter((j) => j.index.mentorships().length > 0);
    if (journals.length === 0) throw new EditRefused('there is no mentorship journal in this workspace yet: run Initialize Journal first');
    if (journals.length === 1) return journals[0];
    const pick = await vscode.window.showQuickPick(journals.map((j) => ({ label: j.label, journal: j })), { placeHolder: 'Which journal?' });
    return pick?.journal;
  }

  /** The CLI shipped inside this extension, run by the `node` on the PATH. */
  private cli(): string {
    return `node ${shellQuote(vscode.Uri.joinPath(this.services.context.extensionUri, 'bin', 'mentorship.js').fsPath)}`;
  }

  private async addAttribute(journal: Journal, uri: vscode.Uri): Promise<void> {
    const text = `# Mentorship Journal: merge journal files item by item (mentorship merge-driver; see its docs/cli.md).\n${GITATTRIBUTES_LINE}\n`;
    if (await exists(uri)) await this.services.writer.appendText(journal, '.gitattributes', text);
    else await this.services.writer.createExact(journal, '.gitattributes', text);
  }

  /** Types `line` into a terminal in the workspace folder without running it, or copies it. */
  private async type(journal: Journal, line: string): Promise<void> {
    // A terminal runs where the files are only for a folder on disk; the lines are POSIX shell.
    const local = journal.folder.uri.scheme === 'file' && !/powershell|pwsh|cmd\.exe/.test(vscode.env.shell.toLowerCase());
    if (!local) {
      await vscode.env.clipboard.writeText(line);
      void vscode.window.showInformationMessage('Mentorship: the git command is on the clipboard; paste it into a POSIX shell (Git Bash on Windows) in this repository, read it, and run it.');
      return;
    }
    const terminal = vscode.window.createTerminal({ name: 'Mentorship: git setup', cwd: journal.folder.uri });
    terminal.show();
    // Typed, not run (no newline): the user reads it and presses Enter.
    terminal.sendText(line, false);
    void vscode.window.showInformationMessage('Mentorship: the git command is typed in the terminal "Mentorship: git setup"; read it and press Enter to run it.');
  }
}

/** The journal's folder relative to its workspace folder (`.` when it is the folder itself). */
function rootInFolder(journal: Journal): string {
  const slash = (c: number) => c === 47;
  const folder = trimEndWhere(journal.folder.uri.path, slash);
  const root = trimEndWhere(journal.root.path, slash);
  return root.startsWith(folder + '/') ? root.slice(folder.length + 1) : '.';
}
