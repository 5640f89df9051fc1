// The Goals, Sessions and Action Items views, and the commands that belong to them (Refresh,
// the grouping toggle). Creating the views does not read anything: the trees ask the store when
// VS Code first asks them for rows.
import * as vscode from 'vscode';
import { plural } from '../../core/summaries';
import { registerCommands } from '../../host/command';
import { today } from '../../host/clock';
import type { Services } from '../../host/services';
import { ActionItemsTree } from './actionItemsTree';
import { GoalsTree } from './goalsTree';
import { Grouping, groupByCommands } from './groupByCommands';
import { RefreshCommand } from './refreshCommand';
import { SessionSummaries } from './sessionSummaries';
import { SessionsTree } from './sessionsTree';

export function register(services: Services): Record<string, unknown> {
  const { context, store } = services;
  const summaries = new SessionSummaries(store.texts);
  const goalsTree = new GoalsTree(store, summaries);
  const sessionsTree = new SessionsTree(store, summaries);
  const grouping = new Grouping(context.workspaceState);
  const actionItemsTree = new ActionItemsTree(store, () => grouping.value);
  const goalsView = vscode.window.createTreeView('mentorship.goals', { treeDataProvider: goalsTree, showCollapseAll: true });
  const sessionsView = vscode.window.createTreeView('mentorship.sessions', { treeDataProvider: sessionsTree, showCollapseAll: true });
  const actionItemsView = vscode.window.createTreeView('mentorship.actionItems', { treeDataProvider: actionItemsTree, showCollapseAll: true });
  context.subscriptions.push(grouping, goalsTree, sessionsTree, actionItemsTree, goalsView, sessionsView, actionItemsView);

  const describeGrouping = () => {
    actionItemsView.description = grouping.value === 'owner' ? 'by owner' : 'by due date';
  };
  // The badge counts overdue items; it follows the index, once built.
  const updateBadge = () => {
    const overdue = actionItemsTree.overdueCount(today());
    actionItemsView.badge = overdue ? { value: overdue, tooltip: plural(overdue, 'overdue action item') } : undefined;
  };
  describeGrouping();
  void grouping.sync();
  // While the index builds, each view shows VS Code's progress bar (and a "Reading the journal…" row).
  const showProgress = (building: Promise<void>) => {
    for (const viewId of ['mentorship.goals', 'mentorship.sessions', 'mentorship.actionItems']) void vscode.window.withProgress({ location: { viewId } }, () => building);
  };
  context.subscriptions.push(
    store.onDidStartBuild(showProgress),
    store.onDidChange(updateBadge),
    grouping.onDidChange(() => {
      describeGrouping();
      actionItemsTree.refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // A new default in the settings replaces the choice toggled in the view.
      if (e.affectsConfiguration('mentorship.actionItems.groupBy')) void grouping.set(undefined);
    }),
  );

  registerCommands(services, [new RefreshCommand(store), ...groupByCommands(grouping)]);
  return { grouping, goalsTree, sessionsTree, actionItemsTree, goalsView, sessionsView, actionItemsView };
}
