/**
 * Looks and helpers around the data (notes, colours, widths, frozen rows, protections, row groups, conditional
 * formats, validations, number formats, links on texts already written): a spreadsheet implementation may lack one of
 * them or refuse it. Such a call is best-effort: a failure is logged and the work goes on. Data writes (setValues,
 * appendRow) never go through here: their failure must stop the use case.
 */
export function cosmetic(what: string, work: () => void): void {
  try {
    work();
  } catch (error) {
    const message = (error as { message?: unknown } | null)?.message;
    // Apps Script ends an execution that ran out of time; never carry on as if a format had merely failed.
    if (typeof message === 'string' && /Exceeded maximum execution time/i.test(message)) throw error;
    console.warn(`OLAP mise en forme ignorée (${what}) : ${typeof message === 'string' ? message : String(error)}`);
  }
}
