// The one journal panel of the window: created by the command, revealed on a second call, and
// revived by VS Code after a reload (the serializer), with its options reset on revival.
import * as vscode from 'vscode';
import { Disposable } from '../../host/dispose';
import type { Services } from '../../host/services';
import { JournalPanel, PANEL_TITLE, VIEW_TYPE, webviewOptions } from './journalPanel';

export class JournalPanels extends Disposable implements vscode.WebviewPanelSerializer {
  private panel: JournalPanel | undefined;

  constructor(private readonly services: Services) {
    super();
    this._register(vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, this));
    this._register({ dispose: () => this.panel?.dispose() });
  }

  /** The open panel, if any. */
  get current(): JournalPanel | undefined {
    return this.panel;
  }

  /** Reveals the panel, creating it on first use. */
  show(): JournalPanel {
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, PANEL_TITLE, vscode.ViewColumn.Active, {
      ...webviewOptions(this.services, []),
      enableFindWidget: true,
    });
    return this.adopt(panel);
  }

  /** VS Code restores a journal panel that was open before a reload; its webview restores its state. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    if (this.panel) {
      // Two restored panels (e.g. from two windows' state): keep one.
      panel.dispose();
      return;
    }
    this.adopt(panel);
  }

  private adopt(panel: vscode.WebviewPanel): JournalPanel {
    const controller = new JournalPanel(panel, this.services);
    this.panel = controller;
    controller.onDidDispose(() => {
      if (this.panel === controller) this.panel = undefined;
    });
    return controller;
  }
}
