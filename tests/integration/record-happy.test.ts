/** Recording a need or an evaluation from the sidebar: the journal, the grid row and one email follow at once. */
import { setUpCohort, journalRecords, NEED, EVALUATION, TODAY } from './record-setup';

const JOURNAL_COLUMNS = ['Horodatage', 'Événement', 'ID', 'Code activité', 'Acteur', 'Code', 'Identifié le', 'Échéance', 'Précision', 'Évalué le', 'Catégorie', 'Commentaire', 'Saisi par', 'Notification'];

describe('a need recorded from the sidebar', () => {
  test('is one journal event with every column, shown in the grid row, and mailed once to apprentice, tutor and trainers', () => {
    const c = setUpCohort();
    const reply = c.run('recordNeed', NEED, 'sidebar');
    expect(reply).toMatchObject({ ok: true, notification: 'envoyée' });
    expect(typeof reply.eventId).toBe('string');

    expect(c.journal()[0]).toEqual(expect.arrayContaining(JOURNAL_COLUMNS));
    const events = journalRecords(c);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      Événement: reply.eventId,
      ID: 'A01',
      'Code activité': 'G1.1',
      Acteur: 'Entreprise',
      Code: 'I',
      'Identifié le': '2026-03-10',
      Échéance: '2026-03-20',
      Précision: NEED.precision,
      'Évalué le': '',
      Catégorie: "Qualité de l'alternance",
      'Saisi par': 'formatrice@cfa-demo.fr',
      Notification: 'envoyée',
    });
    expect(String(events[0].Horodatage)).toContain(TODAY);

    expect(c.gridRow('A01', 'G1.1')).toMatchObject({ Entreprise: 'I', Formateur: '', Alternant: '', 'Identifié le': '2026-03-10', Échéance: '2026-03-20', 'Précision du besoin': NEED.precision, 'Évalué le': '' });
    // The other rows and the other apprentices' grids are untouched.
    expect(c.gridRow('A01', 'G1.2')).toMatchObject({ Entreprise: '', 'Identifié le': '' });
    expect(c.gridRow('A02', 'G1.1')).toMatchObject({ Entreprise: '' });

    const outbox = c.emulator.mail.outbox;
    expect(outbox).toHaveLength(1);
    const mail = outbox[0];
    expect([...mail.to, ...mail.cc, ...mail.bcc].sort()).toEqual(['anne.durand@cfa.fr', 'lea.martin@eleve.fr', 'marc.petit@cfa.fr', 'paul.roux@dupain.fr']);
    expect(mail.subject).toMatch(/besoin/i);
    expect(mail.subject).toContain('Accueillir un client');
    expect(mail.subject).toContain('Léa');
    expect(mail.subject).toMatch(/\bI\b/);
    for (const body of [mail.body, mail.htmlBody!]) {
      for (const text of ['Léa', 'MARTIN', 'Boulangerie Dupain', 'Accueillir un client', 'G1.1', 'Entreprise', '10/03/2026', '20/03/2026', 'Préparer la salle']) expect(body).toContain(text);
    }
    expect(mail.body).toContain(NEED.precision);
    // Links: the activity's resource folder, the deposit folder of the activity, the questionnaire.
    const resources = c.gridLink('A01', 'G1.1', 'Activité')!;
    const deposit = c.gridLink('A01', 'G1.1', 'Dépôt')!;
    expect(resources).toMatch(/^https:\/\/drive\.google\.com\//);
    expect(mail.htmlBody).toContain(`href="${resources}"`);
    expect(mail.body).toContain(resources);
    expect(mail.htmlBody).toContain(`href="${deposit}"`);
    expect(mail.body).toContain(deposit);
    expect(mail.htmlBody).toMatch(/href="mailto:[^"]+"[^>]*>[^<]*[Qq]uestionnaire/);
  });

  test('a precision with <script> and <b> shows as typed, never as markup', () => {
    const c = setUpCohort();
    const precision = 'Apporter <b>2 couteaux</b> <script>alert("x")</script> & « tablier »';
    expect(c.run('recordNeed', { ...NEED, precision }, 'sidebar')).toMatchObject({ ok: true });
    const mail = c.emulator.mail.outbox[0];
    expect(mail.htmlBody).not.toContain('<script>');
    expect(mail.htmlBody).not.toContain('<b>2 couteaux');
    expect(mail.htmlBody).toContain('&lt;b&gt;2 couteaux&lt;/b&gt; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; « tablier »');
    expect(mail.body).toContain(precision);
    expect(c.gridRow('A01', 'G1.1')['Précision du besoin']).toBe(precision);
    expect(journalRecords(c)[0].Précision).toBe(precision);
  });

  test('a precision Sheets would read as a formula stays text everywhere', () => {
    const c = setUpCohort();
    const precision = '=2 pièces à préparer';
    expect(c.run('recordNeed', { ...NEED, precision }, 'sidebar')).toMatchObject({ ok: true });
    expect(journalRecords(c)[0].Précision).toBe(precision);
    expect(c.gridRow('A01', 'G1.1')['Précision du besoin']).toBe(precision);
  });

  test('the deposit subfolder of the activity is created on the first need only, and linked in the grid', () => {
    const c = setUpCohort();
    const before = c.gridLink('A01', 'G1.1', 'Dépôt');
    c.run('recordNeed', NEED, 'sidebar');
    const after = c.gridLink('A01', 'G1.1', 'Dépôt');
    expect(after).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);
    expect(after).not.toBe(before);
    const folderId = after!.split('/').pop()!;
    const folder = c.emulator.drive.state.files[folderId];
    expect(folder).toBeDefined();
    expect(JSON.stringify(folder)).toContain('G1.1');
    // The other activities still link to the apprentice's deposit folder.
    expect(c.gridLink('A01', 'G1.2', 'Dépôt')).toBe(before);

    c.emulator.calls.reset();
    c.run('recordNeed', { ...NEED, actor: 'Alternant', identifiedOn: '2026-03-11' }, 'sidebar');
    expect(c.emulator.calls.records.filter((r) => r.service === 'drive' && r.method === 'Files.create')).toHaveLength(0);
    expect(c.gridLink('A01', 'G1.1', 'Dépôt')).toBe(after);
  });

  test('the grid shows the latest need: an older need recorded later does not replace it', () => {
    const c = setUpCohort();
    c.run('recordNeed', NEED, 'sidebar');
    c.run('recordNeed', { ...NEED, actor: 'Formateur', identifiedOn: '2026-03-02', dueOn: '2026-03-09', precision: 'Besoin plus ancien' }, 'sidebar');
    expect(c.gridRow('A01', 'G1.1')).toMatchObject({ Entreprise: 'I', Formateur: 'I', 'Identifié le': '2026-03-10', Échéance: '2026-03-20', 'Précision du besoin': NEED.precision });
    expect(journalRecords(c)).toHaveLength(2);
  });
});

describe('an evaluation recorded from the sidebar', () => {
  test('is one journal event, shows the actor code and Évalué le, keeps the latest need, and is mailed once', () => {
    const c = setUpCohort();
    c.run('recordNeed', NEED, 'sidebar');
    const reply = c.run('recordEvaluation', EVALUATION, 'sidebar');
    expect(reply).toMatchObject({ ok: true, notification: 'envoyée' });
    const events = journalRecords(c);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ Événement: reply.eventId, ID: 'A01', 'Code activité': 'G1.1', Acteur: 'Formateur', Code: 'A', 'Identifié le': '', Échéance: '', Précision: '', 'Évalué le': TODAY, Commentaire: EVALUATION.comment, Notification: 'envoyée' });
    expect(events[1]['Événement']).not.toBe(events[0]['Événement']);
    expect(c.gridRow('A01', 'G1.1')).toMatchObject({ Entreprise: 'I', Formateur: 'A', 'Identifié le': '2026-03-10', Échéance: '2026-03-20', 'Précision du besoin': NEED.precision, 'Évalué le': TODAY });

    expect(c.emulator.mail.outbox).toHaveLength(2);
    const mail = c.emulator.mail.outbox[1];
    expect([...mail.to, ...mail.cc, ...mail.bcc].sort()).toEqual(['anne.durand@cfa.fr', 'lea.martin@eleve.fr', 'marc.petit@cfa.fr', 'paul.roux@dupain.fr']);
    expect(mail.subject).toContain('Accueillir un client');
    expect(mail.subject).toContain('Léa');
    expect(mail.subject).toMatch(/\bA\b/);
    for (const body of [mail.body, mail.htmlBody!]) {
      for (const text of ['Léa', 'Boulangerie Dupain', 'Accueillir un client', 'Formateur', '12/03/2026', 'Accueil très réussi.', 'Sourire', 'Politesse']) expect(body).toContain(text);
    }
  });

  test('an evaluation with no comment nor criteria is recorded (only its date is required)', () => {
    const c = setUpCohort();
    const reply = c.run('recordEvaluation', { apprenticeId: 'A02', activityCode: 'G2.2', actor: 'Entreprise', code: 'EC', evaluatedOn: '2026-03-01' }, 'sidebar');
    expect(reply).toMatchObject({ ok: true });
    expect(c.gridRow('A02', 'G2.2')).toMatchObject({ Entreprise: 'EC', 'Évalué le': '2026-03-01' });
    expect(journalRecords(c)[0]).toMatchObject({ Code: 'EC', Commentaire: '' });
  });
});
