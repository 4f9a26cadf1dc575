/**
 * Codes typed in a grid (SPEC §4.2): the simple onEdit cannot open a form, so it puts the cells back, remembers the
 * entry for the sidebar, and nothing is recorded until the form is complete. A code never stays in a grid without
 * its journal event; AR, AS and period ticks are the user's own.
 */
import { setUpCohort, journalRecords, NEED, type Cohort } from './record-setup';

/** A person types or pastes `values` at (row, column) of an apprentice's grid; Apps Script runs the simple onEdit. */
function type(c: Cohort, id: string, row: number, column: number, values: unknown[][]): void {
  const edit = c.emulator.spreadsheet.userEdit(c.tabOf(id), row, column, values);
  if (!edit.ok) throw new Error(edit.message);
  c.run('onEdit', edit.event, 'simple');
}

/** Every actor code shown in the grids is the latest code of that actor in the journal. */
function expectEveryCodeJournaled(c: Cohort, ids = ['A01', 'A02']): void {
  const events = journalRecords(c);
  for (const id of ids) {
    for (const code of ['G1.1', 'G1.2', 'G2.1', 'G2.2']) {
      const row = c.gridRow(id, code);
      for (const actor of ['Entreprise', 'Formateur', 'Alternant']) {
        const latest = events.filter((e) => e.ID === id && e['Code activité'] === code && e.Acteur === actor).pop();
        expect(`${id} ${code} ${actor}: ${row[actor]}`).toBe(`${id} ${code} ${actor}: ${latest ? latest.Code : ''}`);
      }
    }
  }
}

describe('typing a code in an actor column', () => {
  test('puts the cell back, remembers the entry prefilled, and records nothing', () => {
    const c = setUpCohort();
    type(c, 'A01', c.rowOf('G1.1'), c.columnOf('Entreprise'), [['I']]);
    expect(c.gridRow('A01', 'G1.1').Entreprise).toBe('');
    expect(c.journal()).toHaveLength(1); // the header alone
    expect(c.emulator.mail.outbox).toHaveLength(0);
    const reply = c.run('getPendingEntry', undefined, 'sidebar');
    expect(reply.ok).toBe(true);
    expect(reply.pending).toMatchObject({ apprenticeId: 'A01', activityCode: 'G1.1', actor: 'Entreprise', code: 'I' });
    // The sidebar state carries it too, and the user is told where to complete it.
    expect(c.run('getSidebarState', undefined, 'sidebar').pending).toMatchObject({ apprenticeId: 'A01', activityCode: 'G1.1', actor: 'Entreprise', code: 'I' });
    expect(c.emulator.spreadsheet.toasts.map((t) => t.message).join(' ')).toMatch(/complétez|Compléter/i);
  });

  test('over a recorded code, puts the previous code back', () => {
    const c = setUpCohort();
    c.run('recordNeed', { ...NEED, actor: 'Formateur' }, 'sidebar');
    type(c, 'A01', c.rowOf('G1.1'), c.columnOf('Formateur'), [['A']]);
    expect(c.gridRow('A01', 'G1.1')).toMatchObject({ Formateur: 'I', 'Identifié le': NEED.identifiedOn, 'Précision du besoin': NEED.precision });
    expect(c.run('getPendingEntry', undefined, 'sidebar').pending).toMatchObject({ apprenticeId: 'A01', activityCode: 'G1.1', actor: 'Formateur', code: 'A' });
    expect(journalRecords(c)).toHaveLength(1);
    expectEveryCodeJournaled(c);
  });

  test('clearing a recorded code (Delete) puts it back', () => {
    const c = setUpCohort();
    c.run('recordNeed', NEED, 'sidebar');
    type(c, 'A01', c.rowOf('G1.1'), c.columnOf('Entreprise'), [['']]);
    expect(c.gridRow('A01', 'G1.1').Entreprise).toBe('I');
    expect(c.run('getPendingEntry', undefined, 'sidebar').pending).toBeNull();
  });

  test('completing the entry with recordNeed records it once and clears the pending entry', () => {
    const c = setUpCohort();
    type(c, 'A01', c.rowOf('G1.1'), c.columnOf('Entreprise'), [['I']]);
    // An incomplete form is refused and the entry waits.
    const incomplete = c.run('recordNeed', { apprenticeId: 'A01', activityCode: 'G1.1', actor: 'Entreprise', identifiedOn: '2026-03-12', dueOn: '', precision: '' }, 'sidebar');
    expect(incomplete.ok).toBe(false);
    expect(c.run('getPendingEntry', undefined, 'sidebar').pending).not.toBeNull();
    expect(c.gridRow('A01', 'G1.1').Entreprise).toBe('');

    expect(c.run('recordNeed', NEED, 'sidebar')).toMatchObject({ ok: true });
    expect(c.run('getPendingEntry', undefined, 'sidebar')).toEqual({ ok: true, pending: null });
    expect(c.gridRow('A01', 'G1.1').Entreprise).toBe('I');
    expect(journalRecords(c)).toHaveLength(1);
    expect(c.emulator.mail.outbox).toHaveLength(1);
  });

  test('dismissPendingEntry forgets the entry', () => {
    const c = setUpCohort();
    type(c, 'A02', c.rowOf('G2.1'), c.columnOf('Alternant'), [['EC']]);
    expect(c.run('getPendingEntry', undefined, 'sidebar').pending).toMatchObject({ apprenticeId: 'A02', activityCode: 'G2.1', actor: 'Alternant', code: 'EC' });
    expect(c.run('dismissPendingEntry', undefined, 'sidebar')).toMatchObject({ ok: true });
    expect(c.run('getPendingEntry', undefined, 'sidebar')).toEqual({ ok: true, pending: null });
    expect(c.gridRow('A02', 'G2.1').Alternant).toBe('');
  });

  test('a paste over several actor cells puts them all back', () => {
    const c = setUpCohort();
    c.run('recordNeed', NEED, 'sidebar');
    c.run('recordEvaluation', { apprenticeId: 'A01', activityCode: 'G1.2', actor: 'Alternant', code: 'R', evaluatedOn: '2026-03-11' }, 'sidebar');
    const before = c.footprint();
    type(c, 'A01', c.rowOf('G1.1'), c.columnOf('Entreprise'), [
      ['A', 'EC', 'R'],
      ['I', 'I', 'A'],
    ]);
    expect(c.footprint()).toBe(before);
    expect(c.gridRow('A01', 'G1.1')).toMatchObject({ Entreprise: 'I', Formateur: '', Alternant: '' });
    expect(c.gridRow('A01', 'G1.2')).toMatchObject({ Entreprise: '', Formateur: '', Alternant: 'R', 'Évalué le': '2026-03-11' });
    expect(c.run('getPendingEntry', undefined, 'sidebar').pending).toMatchObject({ apprenticeId: 'A01', activityCode: 'G1.1', actor: 'Entreprise', code: 'A' });
    expectEveryCodeJournaled(c);
  });
});

describe('hand edits of the recorded columns', () => {
  test.each(['Identifié le', 'Échéance', 'Précision du besoin', 'Évalué le'])('an edit of « %s » is put back', (header) => {
    const c = setUpCohort();
    c.run('recordNeed', NEED, 'sidebar');
    c.run('recordEvaluation', { apprenticeId: 'A01', activityCode: 'G1.1', actor: 'Entreprise', code: 'EC', evaluatedOn: '2026-03-11' }, 'sidebar');
    const expected = c.gridRow('A01', 'G1.1');
    const typed = header === 'Précision du besoin' ? 'Autre chose' : '01/01/2026';
    type(c, 'A01', c.rowOf('G1.1'), c.columnOf(header), [[typed]]);
    expect(c.gridRow('A01', 'G1.1')).toEqual(expected);
    expect(c.run('getPendingEntry', undefined, 'sidebar').pending).toBeNull();
    expect(c.emulator.spreadsheet.toasts.length).toBeGreaterThan(0);
  });

  test('an edit on an empty row is put back to empty', () => {
    const c = setUpCohort();
    type(c, 'A02', c.rowOf('G2.2'), c.columnOf('Précision du besoin'), [['Je note ici']]);
    expect(c.gridRow('A02', 'G2.2')['Précision du besoin']).toBe('');
  });

  test('a paste over the whole recorded span is put back, and the ticks of the same paste are kept', () => {
    const c = setUpCohort();
    c.run('recordNeed', NEED, 'sidebar');
    const expected = c.gridRow('A01', 'G1.1');
    type(c, 'A01', c.rowOf('G1.1'), c.columnOf('AR'), [[true, true, 'R', 'R', 'R', '01/01/2026', '02/01/2026', 'texte', '03/01/2026']]);
    expect(c.gridRow('A01', 'G1.1')).toEqual({ ...expected, AR: true, AS: true });
    expectEveryCodeJournaled(c);
  });
});

describe('the user’s own cells', () => {
  test('AR, AS and period ticks stay as edited, and record nothing', () => {
    const c = setUpCohort();
    type(c, 'A01', c.rowOf('G1.1'), c.columnOf('AR'), [[true]]);
    type(c, 'A01', c.rowOf('G1.2'), c.columnOf('AS'), [[true]]);
    type(c, 'A01', c.rowOf('G2.1'), c.columnOf('Période 1'), [[true]]);
    expect(c.gridRow('A01', 'G1.1').AR).toBe(true);
    expect(c.gridRow('A01', 'G1.2').AS).toBe(true);
    expect(c.gridRow('A01', 'G2.1')['Période 1']).toBe(true);
    expect(c.journal()).toHaveLength(1);
    expect(c.run('getPendingEntry', undefined, 'sidebar').pending).toBeNull();
  });

  test('edits in the configuration tabs are not touched', () => {
    const c = setUpCohort();
    const edit = c.emulator.spreadsheet.userEdit('Alternants', 2, 5, [['06 99 99 99 99']]);
    if (!edit.ok) throw new Error(edit.message);
    c.run('onEdit', edit.event, 'simple');
    expect(c.emulator.spreadsheet.getSheetByName('Alternants')!.getRange(2, 5).getDisplayValue()).toBe('06 99 99 99 99');
  });
});

describe('a code never stays in a grid without its journal event', () => {
  test('after a mix of sidebar entries, typed codes, pastes and hand edits', () => {
    const c = setUpCohort();
    c.run('recordNeed', NEED, 'sidebar');
    type(c, 'A01', c.rowOf('G2.1'), c.columnOf('Formateur'), [['A']]);
    c.run('recordEvaluation', { apprenticeId: 'A02', activityCode: 'G2.1', actor: 'Formateur', code: 'R', evaluatedOn: '2026-03-05' }, 'sidebar');
    type(c, 'A02', c.rowOf('G1.1'), c.columnOf('Entreprise'), [['I', 'A'], ['EC', 'R'], ['A', 'A']]);
    type(c, 'A01', c.rowOf('G2.2'), c.columnOf('Alternant'), [['R']]);
    expectEveryCodeJournaled(c);
    expect(journalRecords(c)).toHaveLength(2);
  });
});
