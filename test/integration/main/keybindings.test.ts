// The keybindings for what people do every day (log a session or a win, generate the agenda,
// toggle the item under the cursor) clash with none of VS Code's own: checked against the
// real default keybindings of this VS Code (Preferences: Open Default Keyboard Shortcuts (JSON)).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor } from '../helpers';

interface Binding {
  key: string;
  command: string;
  when?: string;
}

const MODIFIERS = ['ctrl', 'shift', 'alt', 'meta', 'cmd', 'win'];

/** `Alt+Ctrl+M n` → `ctrl+alt+m n`: modifiers in one order, lower case. */
function normalize(key: string): string {
  return key
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .map((chord) => {
      const parts = chord.split('+');
      const mods = parts.filter((p) => MODIFIERS.includes(p)).sort((a, b) => MODIFIERS.indexOf(a) - MODIFIERS.indexOf(b));
      return [...mods, ...parts.filter((p) => !MODIFIERS.includes(p))].join('+');
    })
    .join(' ');
}

describe('keybindings', () => {
  let ours: Binding[];
  let defaults: Binding[];

  before(async () => {
    ours = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.keybindings;
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const doc = await waitFor(() => vscode.window.activeTextEditor?.document, 'the default keybindings');
    // JSON with line comments (and, at its end, a commented list of unbound commands).
    defaults = JSON.parse(doc.getText().replace(/^\s*\/\/.*$/gm, ''));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('binds the everyday commands, toggling an item only in a Markdown editor', () => {
    const byCommand = new Map(ours.map((b) => [b.command, b]));
    assert.deepEqual([...byCommand.keys()].sort(), ['mentorship.generateAgenda', 'mentorship.logWin', 'mentorship.newSession', 'mentorship.openJournal', 'mentorship.toggleItem']);
    assert.match(byCommand.get('mentorship.toggleItem')!.when ?? '', /editorTextFocus && editorLangId == markdown/);
    const contributed = new Set((vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command));
    for (const b of ours) assert.ok(contributed.has(b.command), `${b.command} is a contributed command`);
  });

  it('clashes with no default keybinding of VS Code, nor is any of ours the start of one (or one the start of ours)', () => {
    // The file lists the extensions' keybindings too: ours must be there, or the check below proves nothing.
    const listed = defaults.filter((b) => b.command.startsWith('mentorship.'));
    assert.deepEqual(listed.map((b) => normalize(b.key)).sort(), ours.map((b) => normalize(b.key)).sort());
    const theirs = defaults.filter((b) => !b.command.startsWith('mentorship.') && !b.command.startsWith('-'));
    assert.ok(theirs.length > 300, `only ${theirs.length} default keybindings read`);
    const clashes: string[] = [];
    for (const mine of ours) {
      const key = normalize(mine.key);
      for (const other of theirs) {
        const k = normalize(other.key);
        if (k === key || key.startsWith(`${k} `) || k.startsWith(`${key} `)) clashes.push(`${mine.key} (${mine.command}) and ${other.key} (${other.command}${other.when ? ` when ${other.when}` : ''})`);
      }
    }
    assert.deepEqual(clashes, []);
  });
});
