// The Mentees view (the mentor's overview). Creating it reads nothing: the tree asks the store
// when VS Code first asks it for rows.
import * as vscode from 'vscode';
import type { Services } from '../../host/services';
import { MenteesTree } from './menteesTree';

export function register(services: Services): Record<string, unknown> {
  const menteesTree = new MenteesTree(services.store);
  const menteesView = vscode.window.createTreeView('mentorship.mentees', { treeDataProvider: menteesTree, showCollapseAll: true });
  services.context.subscriptions.push(menteesTree, menteesView);
  return { menteesTree, menteesView };
}
