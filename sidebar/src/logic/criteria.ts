/**
 * The activity's criteria only *suggest* a code: every criterion met suggests A (autonomous), anything less suggests
 * EC (being acquired). The trainer keeps the last word.
 */
export type SuggestedCode = 'A' | 'EC';

export function suggestCode(totalCriteria: number, checkedCriteria: number): SuggestedCode | null {
  if (totalCriteria <= 0) return null;
  return checkedCriteria >= totalCriteria ? 'A' : 'EC';
}

/** The suggestion is shown only while the chosen code is one the criteria judge. */
export function suggestionApplies(code: string): boolean {
  return code === 'A' || code === 'EC';
}
