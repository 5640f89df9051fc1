// The Goals, Sessions and Action Items views, and the commands that belong to them (Refresh,
// the grouping toggle). Creating the views does not read anything: the trees ask the store when
// VS Code first asks them for rows.
import * as vscode from 'vscode';
import { plural } from '../../core/summaries';
import { registerCommands } from '../../host/command';
import { today } from '../../host/clock';
import type { Services } from '../../host/services';
import { readSettings } from '../../host/settings';
import { ActionItemsTree } from './actionItemsTree';
import { GoalsTree } from './goalsTree';
import { groupByCommands, syncGroupByContext } from './groupByCommands';
import { RefreshCommand } from './refreshCommand';
import { SessionSummaries } from './sessionSummaries';
import { SessionsTree } from './sessionsTree';

export function register(services: Services): Record<string, unknown> {
  const { context, store } = services;
  const summaries = new SessionSummaries();
  const goalsTree = new GoalsTree(store, summaries);
  const sessionsTree = new SessionsTree(store, summaries);
  const actionItemsTree = new ActionItemsTree(store);
  const goalsView = vscode.window.createTreeView('mentorship.goals', { treeDataProvider: goalsTree, showCollapseAll: true });
  const sessionsView = vscode.window.createTreeView('mentorship.sessions', { treeDataProvider: sessionsTree, showCollapseAll: true });
  const actionItemsView = vscode.window.createTreeView('mentorship.actionItems', { treeDataProvider: actionItemsTree, showCollapseAll: true });
  context.subscriptions.push(goalsTree, sessionsTree, actionItemsTree, goalsView, sessionsView, actionItemsView);

  const describeGrouping = () => {
    actionItemsView.description = readSettings().groupBy === 'owner' ? 'by owner' : 'by due date';
  };
  // The badge counts overdue items; it follows the index, once built.
  const updateBadge = () => {
    const overdue = actionItemsTree.overdueCount(today());
    actionItemsView.badge = overdue ? { value: overdue, tooltip: plural(overdue, 'overdue action item') } : undefined;
  };
  describeGrouping();
  void syncGroupByContext();
  context.subscriptions.push(
    store.onDidChange(updateBadge),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('mentorship.actionItems.groupBy')) return;
      void syncGroupByContext();
      describeGrouping();
      actionItemsTree.refresh();
    }),
  );

  registerCommands(services, [new RefreshCommand(store), ...groupByCommands()]);
  return { goalsTree, sessionsTree, actionItemsTree, goalsView, sessionsView, actionItemsView };
}
