/**
 * A quick choice (the activity's QCM option) fills an empty precision, or is added on a new line; choosing the same
 * option twice does not repeat it.
 */
export function applyQuickChoice(precision: string, option: string): string {
  const choice = option.trim();
  if (!choice) return precision;
  const text = precision.replace(/\s+$/, '');
  if (!text) return choice;
  const lines = text.split('\n').map((l) => l.trim());
  if (lines.includes(choice)) return text;
  return `${text}\n${choice}`;
}
