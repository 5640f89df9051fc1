// Every threshold the health of a mentorship is judged by, in one place (documented, with the
// reasons, in docs/health.md). Change a number here and the docs there, nowhere else.

export const HEALTH = {
  /** Cadence and balance look at this many of the latest expected meetings / held sessions. */
  window: 8,
  /** Meetings held ÷ expected below this is "watch" … */
  cadenceWatchBelow: 0.8,
  /** … and below this "act" (once at least `minimumExpected` meetings were expected). */
  cadenceActBelow: 0.5,
  /** Fewer expected meetings than this are too few to call for action on the rate alone. */
  minimumExpected: 3,
  /** No session for this many cadence periods is "act", whatever the rate. */
  silentPeriodsAct: 3,
  /** An open item overdue by more than this many cadence periods has lapsed. */
  lapsedPeriods: 2,
  /** A side with this many lapsed items is "watch" … */
  lapsedWatch: 2,
  /** … and with this many, "act". */
  lapsedAct: 4,
  /** Topics or feedback are one-sided when the quieter side gave less than this share … */
  oneSidedShare: 0.2,
  /** … of at least this many whose giver is known. */
  oneSidedMinimum: 4,
  /** An active goal not discussed for this many cadence periods is stale. */
  goalSilentPeriods: 4,
  /** An active goal older than this many months with no milestone done within them is stale. */
  goalMilestoneMonths: 3,
  /** Goals achieved within this many months are celebrated. */
  celebrateMonths: 3,
  /** The length of a period when the agreement names no cadence (for lapsed items and stale goals). */
  defaultPeriodDays: 14,
} as const;
