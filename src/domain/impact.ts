/**
 * The `Impact` and `Impact — besoins` tabs (SPEC §3, annex 7 of the method) and the rows of the partner CSV exports.
 *
 * Choices:
 * - Every apprentice of the roster is a participant, `sorti` included: a contract break (`Rupture`) is one of the
 *   outcomes the table is meant to relate to anticipation, so leaving out those who left would hide it.
 * - Every `I` event of a roster apprentice counts as one anticipated need, open or answered.
 * - A need counts in its own category, else its activity's, else the first configured one. A category that is not
 *   (or no longer) configured gets its own column after the configured ones, so the total is always the row's sum.
 * - Pseudonymised rows carry only `keyOf(ID)` and are sorted by key, so not even the roster order reaches partners;
 *   the names, companies, emails and phones of the roster are taken out of the precisions too.
 */
import { CODE_COLOURS, OVERDUE_COLOUR } from './codes';
import { frenchDay } from './dates';
import { IMPACT_NEEDS_TEXT, IMPACT_TEXT } from './messages/reporting';
import { personalDataRedactor } from './pseudonym';
import { pearson } from './statistics';
import { BlockWriter, headerCell, toSheetBlock, type Cell, type SheetBlock } from './sheet-block';
import type { Activity, Apprentice, Cohort, Indicators, IsoDay, JournalEvent, NeedEvent } from './types';
import { INDICATOR_HEADERS } from './workbook';

export interface ImpactReport {
  participants: number;
  atOrAboveThreshold: number;
  sharePercent: number; // rounded to one decimal, for display
  labelReached: boolean;
  correlations: { indicator: string; r: number | null; n: number }[];
}

type Row = (string | number)[];

const yesNo = (value: boolean | null): string => (value === null ? '' : value ? IMPACT_TEXT.yes : IMPACT_TEXT.no);
const orBlank = (value: number | null): string | number => (value === null ? '' : value);

/** The `Indicateurs` columns after `ID`, in the tab's order; blanks stay blank. */
function indicatorCells(ind: Indicators | undefined): Row {
  if (!ind) return INDICATOR_HEADERS.slice(1).map(() => '');
  return [
    yesNo(ind.rupture),
    ind.ruptureDate ? frenchDay(ind.ruptureDate) : '',
    yesNo(ind.contractObtained),
    yesNo(ind.examPassed),
    orBlank(ind.absenteeismPercent),
    yesNo(ind.employedAfter6Months),
    orBlank(ind.apprenticeSatisfaction),
    orBlank(ind.companySatisfaction),
  ];
}

/** The yes/no indicators correlated with the number of anticipations, by their `Indicateurs` header. */
const YES_NO_INDICATORS: { header: string; pick: (ind: Indicators) => boolean | null }[] = [
  { header: 'Rupture', pick: (ind) => ind.rupture },
  { header: 'Contrat obtenu', pick: (ind) => ind.contractObtained },
  { header: 'Réussite examen', pick: (ind) => ind.examPassed },
  { header: 'Insertion à 6 mois', pick: (ind) => ind.employedAfter6Months },
];

// The ID is not among them: it is replaced by the key anyway, and a short one (`A1`) would eat cell references.
const personalTerms = (a: Apprentice): string[] => [
  a.lastName,
  a.firstName,
  `${a.firstName} ${a.lastName}`,
  a.email,
  a.phone,
  a.company,
  a.tutorLastName,
  a.tutorFirstName,
  a.tutorEmail,
  a.trainerLastName,
  a.trainerFirstName,
  a.trainerEmail,
  ...a.otherTrainers,
];

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function categoryOf(need: NeedEvent, activity: Activity | undefined, cohort: Cohort): string {
  return need.category.trim() || activity?.category || cohort.settings.categories[0] || IMPACT_TEXT.noCategory;
}

export function impactSheets(
  cohort: Cohort,
  events: JournalEvent[],
  keyOf: (apprenticeId: string) => string,
): { impact: SheetBlock; needs: SheetBlock; report: ImpactReport; impactRows: Row[]; needsRows: Row[] } {
  const { settings } = cohort;
  const pseudonymise = settings.pseudonymise;
  const activityByCode = new Map(cohort.activities.map((a) => [a.code, a]));
  const apprenticeById = new Map(cohort.apprentices.map((a) => [a.id, a]));
  const identity = (a: Apprentice): Row =>
    pseudonymise ? [keyOf(a.id)] : [a.id, a.lastName.toUpperCase(), a.firstName, a.company];
  const identityHeaders: string[] = pseudonymise ? [IMPACT_TEXT.keyHeader] : [...IMPACT_TEXT.identityHeaders];
  const redact = pseudonymise ? personalDataRedactor(cohort.apprentices.flatMap(personalTerms)) : (text: string) => text;

  const categories = [...settings.categories];
  const counts = new Map<string, Map<string, number>>(); // apprentice → category → needs
  // Once per apprentice and per day, not per need: 30,000 needs share 1,000 identities and a few hundred days.
  const identities = new Map<Apprentice, Row>();
  const identityOf = (a: Apprentice): Row => identities.get(a) ?? identities.set(a, identity(a)).get(a)!;
  const frenchDays = new Map<IsoDay, string>();
  const dayText = (day: IsoDay): string => frenchDays.get(day) ?? frenchDays.set(day, frenchDay(day)).get(day)!;
  // The needs list is sorted by identification day, journal order within a day. Done as a stable bucket sort (a few
  // hundred distinct days to sort, not 30,000 needs), and each row is made while its event is at hand: at network
  // scale, going back to an event spread over the heap costs more than the row.
  const needRowsByDay = new Map<IsoDay, Row[]>();
  for (const event of events) {
    if (event.code !== 'I') continue;
    const apprentice = apprenticeById.get(event.apprenticeId);
    if (!apprentice) continue;
    const activity = activityByCode.get(event.activityCode);
    const category = categoryOf(event, activity, cohort);
    if (!categories.includes(category)) categories.push(category);
    let own = counts.get(apprentice.id);
    if (!own) {
      own = new Map<string, number>();
      counts.set(apprentice.id, own);
    }
    own.set(category, (own.get(category) ?? 0) + 1);
    let sameDay = needRowsByDay.get(event.identifiedOn);
    if (!sameDay) {
      sameDay = [];
      needRowsByDay.set(event.identifiedOn, sameDay);
    }
    sameDay.push([
      ...identityOf(apprentice),
      event.activityCode,
      activity?.label ?? '',
      category,
      event.actor,
      redact(event.precision),
      dayText(event.identifiedOn),
      dayText(event.dueOn),
      activity?.resourcesUrl ?? '',
    ]);
  }

  const indicatorsById = new Map(cohort.indicators.map((ind) => [ind.id, ind]));
  const people = cohort.apprentices.map((apprentice) => {
    const own = counts.get(apprentice.id);
    const perCategory = categories.map((c) => own?.get(c) ?? 0);
    const total = perCategory.reduce((sum, n) => sum + n, 0);
    const indicators = indicatorsById.get(apprentice.id);
    const row: Row = [
      ...identity(apprentice),
      ...perCategory,
      total,
      total !== 0 ? IMPACT_TEXT.yes : IMPACT_TEXT.no,
      ...indicatorCells(indicators),
    ];
    return { total, indicators, row };
  });
  if (pseudonymise) people.sort((a, b) => String(a.row[0]).localeCompare(String(b.row[0]), 'en'));

  const participants = people.length;
  const atOrAboveThreshold = people.filter((p) => p.total >= settings.labelThreshold).length;
  const report: ImpactReport = {
    participants,
    atOrAboveThreshold,
    sharePercent: participants === 0 ? 0 : Math.round((1000 * atOrAboveThreshold) / participants) / 10,
    // Integer arithmetic: rounding the share must never tip the label either way.
    labelReached: participants > 0 && atOrAboveThreshold * 100 >= (100 - settings.labelMarginPercent) * participants,
    correlations: YES_NO_INDICATORS.map(({ header, pick }) => {
      const answered = people.filter((p) => p.indicators && pick(p.indicators) !== null);
      const xs = answered.map((p) => p.total);
      const ys = answered.map((p) => (pick(p.indicators as Indicators) ? 1 : 0));
      return { indicator: header, r: pearson(xs, ys), n: answered.length };
    }),
  };

  const impactHeader: Row = [
    ...identityHeaders,
    ...categories,
    IMPACT_TEXT.totalHeader,
    IMPACT_TEXT.proactiveHeader,
    ...INDICATOR_HEADERS.slice(1),
  ];
  const impactRows = [impactHeader, ...people.map((p) => p.row)];
  const totalColumn = identityHeaders.length + categories.length;
  const tableCells: Cell[][] = impactRows.map((row, r) =>
    row.map((value, c): Cell => {
      if (r === 0) return headerCell(String(value));
      const reached = c === totalColumn && Number(value) >= settings.labelThreshold;
      return { value, background: reached ? CODE_COLOURS.A : null, bold: c === totalColumn };
    }),
  );
  const summary = summaryCells(report, settings.labelThreshold, settings.labelMarginPercent);
  const height = Math.max(tableCells.length, summary.length);
  const impactCells = Array.from({ length: height }, (_, r) => {
    const table = tableCells[r] ?? [];
    const padded = Array.from({ length: impactHeader.length }, (_, c): Cell => table[c] ?? { value: '' });
    return [...padded, { value: '' }, ...(summary[r] ?? [])];
  });

  const needsHeader: Row = [...identityHeaders, ...IMPACT_NEEDS_TEXT.headers];
  const needsRows: Row[] = [needsHeader];
  const needsBlock = new BlockWriter(needsHeader.length);
  needsBlock.push(needsHeader.map((header) => headerCell(String(header))));
  for (const day of [...needRowsByDay.keys()].sort(compareText)) {
    for (const row of needRowsByDay.get(day) as Row[]) {
      needsRows.push(row);
      needsBlock.pushValues(row);
    }
  }

  return {
    impact: toSheetBlock(impactCells, 1, identityHeaders.length),
    needs: needsBlock.build(1, identityHeaders.length),
    report,
    impactRows,
    needsRows,
  };
}

function summaryCells(report: ImpactReport, threshold: number, marginPercent: number): Cell[][] {
  const line = (label: string, value: string | number, n: string | number = ''): Cell[] => [
    { value: label },
    { value },
    { value: n },
  ];
  return [
    IMPACT_TEXT.summaryHeaders.map((h) => headerCell(h)),
    line(IMPACT_TEXT.participants, report.participants),
    line(IMPACT_TEXT.threshold, threshold),
    line(IMPACT_TEXT.atOrAbove, report.atOrAboveThreshold),
    line(IMPACT_TEXT.share, report.sharePercent),
    line(IMPACT_TEXT.required, 100 - marginPercent),
    [
      { value: IMPACT_TEXT.label, bold: true },
      {
        value: report.labelReached ? IMPACT_TEXT.labelReached : IMPACT_TEXT.labelNotReached,
        background: report.labelReached ? CODE_COLOURS.A : OVERDUE_COLOUR,
        bold: true,
      },
      { value: '' },
    ],
    [],
    [{ value: IMPACT_TEXT.correlationTitle, bold: true }, { value: 'r', bold: true }, { value: 'n', bold: true }],
    ...report.correlations.map((c) =>
      line(c.indicator, c.r === null ? IMPACT_TEXT.noCorrelation : Math.round(c.r * 100) / 100, c.n),
    ),
    [{ value: IMPACT_TEXT.correlationNote }],
  ];
}
