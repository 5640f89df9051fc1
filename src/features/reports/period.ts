// The period of a progress report: last 30 or 90 days, this year, or two days asked for.
import * as vscode from 'vscode';
import { addDays } from '../../core/dates';
import type { IsoDate } from '../../core/model';
import { askDate } from '../../host/pickers';

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export async function pickPeriod(today: IsoDate): Promise<Period | undefined> {
  const choices = [
    { label: 'Last 30 days', from: addDays(today, -29) },
    { label: 'Last 90 days', from: addDays(today, -89) },
    { label: 'This year', from: `${today.slice(0, 4)}-01-01` },
    { label: 'Custom…', from: null },
  ];
  const pick = await vscode.window.showQuickPick(
    choices.map((c) => ({ ...c, description: c.from ? `${c.from} to ${today}` : 'from and to days of your choice' })),
    { placeHolder: 'Which period?' },
  );
  if (!pick) return undefined;
  if (pick.from) return { from: pick.from, to: today };
  const from = await askDate('First day of the period', addDays(today, -29));
  if (!from) return undefined;
  const to = await askDate('Last day of the period', today);
  if (!to) return undefined;
  // Given the wrong way round, the meaning is still clear.
  return from <= to ? { from, to } : { from: to, to: from };
}
