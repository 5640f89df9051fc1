// Help texts for `mentorship` and each of its commands.

const TEXTS = {
  main: `Usage: mentorship <command> --root DIR [options]

Commands:
  agenda   the next meeting's agenda from everything open (Markdown, or --json)
  items    every item: action items, milestones, wins, feedback, introductions, topics
  report   a progress report for a period (Markdown, or --json)
  check    problems in the journal; exit status 1 when there are errors
  health   how each mentorship is going: cadence, follow-through, balance, goals (or --json)
  skills   skills practised per quarter, from goals, milestones, wins and items (or --json)
  program  a static HTML report over every pair, for whoever runs the program (--out FILE.html)
  merge-driver  git's merge driver for journal files (see "mentorship merge-driver --help")

Run "mentorship <command> --help" for a command's options.
Exit status: 0 ok, 1 problems found (check), 2 bad invocation or unreadable root.
`,
  items: `Usage: mentorship items --root DIR [--today YYYY-MM-DD] [--mentorship ID] [--open] [--json]

Lists every item in the journal under DIR, one per line: file:line, kind, status and text.
  --json          an array of {kind, status, text, title, owner, due, completion, overdue,
                  goals, file, line, date, mentorship, private}
  --open          only open items
  --mentorship    only one mentorship (its folder relative to DIR, "." or the mentee's handle)
  --today         the day that decides what is overdue (default: today)
`,
  agenda: `Usage: mentorship agenda --root DIR [--mentorship ID] [--today YYYY-MM-DD] [--date YYYY-MM-DD] [--json]

Prints the agenda for the next meeting: open action items by owner (overdue and due soon
first, higher priority first), topics queued for it, one line per active goal, pending
introductions, wins and feedback since the last session held. Each line says where it was
written ("from 2026-11-04 (sessions/2026-11-04.md:28)"). Private entries never appear.
  --mentorship    the agreement's folder relative to DIR ("." for DIR) or the mentee's handle;
                  may be omitted when there is one mentorship
  --today         the day that says how many days an item is overdue (default: today)
  --date          the meeting's day (default: the next meeting: the session planned for it,
                  else the next cadence day after the last session held, else --today)
  --json          the agenda as data
`,
  report: `Usage: mentorship report --root DIR --from YYYY-MM-DD --to YYYY-MM-DD [--mentorship ID] [--json]

Prints a progress report for the period: sessions held, goals moved and achieved, milestones
and action items done, wins, feedback and introductions. Private entries never appear.
`,
  check: `Usage: mentorship check --root DIR [--json]

Lists problems: broken front matter, impossible dates, conflict markers, unknown owners,
links to missing goals. One per line as file:line: severity: message.
  --json          an array of {file, line, severity, code, message}
Exit status 1 when there is at least one error, 0 otherwise.
`,
  health: `Usage: mentorship health --root DIR [--mentorship ID] [--today YYYY-MM-DD] [--json]

How each mentorship is going, from its shared files: meetings held against the cadence,
follow-through on each side, who brings topics and gives feedback, goals that stopped moving.
Each signal is ok, watch or act, with the files and lines it comes from. Thresholds: docs/health.md.
  --mentorship    only one mentorship (its folder relative to DIR, "." or the mentee's handle)
  --today         the day to judge on (default: today)
  --json          an array, one object per mentorship: {mentorship, title, today, level,
                  cadence {expected, held, rate, lastSession, …}, followThrough {mentor, mentee:
                  {handle, closed, closedOnTime, open, overdue, …}}, balance, goals [{…, stale}],
                  months, signals [{kind, level, message, evidence [{file, line}]}]}
`,
  skills: `Usage: mentorship skills --root DIR [--mentorship ID] [--today YYYY-MM-DD] [--json]

Skills practised per quarter: from goals' "skills:", flowing to their milestones and to the
wins and items linked to them ([goal:: id]); a win, milestone or item may name its own
([skill:: communication] or #skill/communication). Per skill and quarter: goals active and
achieved, milestones done, wins, items done.
  --today         the last day counted (default: today)
  --json          an array, one object per mentorship: {mentorship, title, quarters, skills
                  [{skill, quarters [{quarter, goalsActive, goalsAchieved, milestonesDone, wins,
                  itemsDone}], total, practice}]}
`,
  program: `Usage: mentorship program --root DIR --out FILE.html [--today YYYY-MM-DD] [--json]

Writes one self-contained HTML file (no script, nothing fetched, inline SVG charts) over every
mentorship under DIR: session completion overall and per month, active pairs, pairs whose health
calls for action (the signal only), goals achieved per quarter, skills most practised. Private
entries are never read into it.
  --json          print the report's data as JSON (with or without --out)
`,
  'merge-driver': `Usage: mentorship merge-driver BASE OURS THEIRS PATH [--marker-size N] [--ours-label L] [--theirs-label L]

Git's merge driver for journal files: merges the three versions item by item and writes the
result into OURS, as git expects. Combines appends by both sides, edits of neighbouring items,
a tick and a due date on one item, the same tick made twice (earlier completion wins), and files
both sides created (section by section); leaves true conflicts (two due dates, a move against a
tick, two edits of one line) as conflict markers around the smallest region. A file that is not
a journal entry gets a plain line merge; a file that is not UTF-8 too (byte for byte); a binary
file is left as OURS.
Register it once per clone, with a line in .gitattributes (committed):
  git config merge.mentorship.driver "npx --no mentorship merge-driver %O %A %B %P"
  echo 'mentorship/**/*.md merge=mentorship' >> .gitattributes
Exit status 0 merged cleanly, 1 conflicts left in OURS, 2 bad invocation.
`,
};

/** By command name (and `main`): a Map, so no name reaches Object.prototype. */
export const HELP = new Map<string, string>(Object.entries(TEXTS));
