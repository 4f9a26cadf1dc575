/**
 * A real client reads the partner CSVs (SPEC §4.5): LibreOffice Calc opens both exported files with the French
 * import settings (`;`, `"`, UTF-8) and gives back exactly the cells the add-on meant: accents, separators and quotes
 * inside a precision, a line break inside a precision, and formula-like texts kept as inert text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { csvFiles, exportCohort } from './report-support';

function findSoffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    try {
      execFileSync('which', [name], { stdio: 'pipe' });
      return name;
    } catch {
      // try the next name
    }
  }
  return null;
}

const soffice = findSoffice();
if (!soffice && process.env.CI) throw new Error('LibreOffice (soffice) is required on CI: install libreoffice-calc.');
if (!soffice) console.warn('LibreOffice (soffice) is absent: the LibreOffice round trip of the partner CSVs is skipped (it runs on CI).');
const maybe = soffice ? describe : describe.skip;

/** Opens the CSV in Calc (`;`, `"`, UTF-8, from line 1) and saves it tab-separated, quoted, UTF-8: the cells, exactly. */
function cellsAsCalcReadsThem(dir: string, name: string, content: string): string[][] {
  const input = join(dir, name);
  writeFileSync(input, content, 'utf8');
  const out = join(dir, 'out');
  execFileSync(
    soffice!,
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--infilter=CSV:59,34,76,1', '--convert-to', 'csv:Text - txt - csv (StarCalc):9,34,76,1,,0,true,true', '--outdir', out, input],
    { stdio: 'pipe', timeout: 120000 },
  );
  const text = readFileSync(join(out, name), 'utf8');
  return parse(text, { delimiter: '\t', quote: '"', relax_column_count: true, bom: true }) as string[][];
}

maybe('LibreOffice Calc reads the exported CSVs as intended', () => {
  let dir: string;
  let impact: string[][];
  let needs: string[][];
  beforeAll(() => {
    const c = exportCohort({ 'Pseudonymiser les exports': 'non' });
    expect(c.run('exportToPartners')).toMatchObject({ ok: true });
    const files = csvFiles(c);
    dir = mkdtempSync(join(tmpdir(), 'olap-lo-'));
    impact = cellsAsCalcReadsThem(dir, 'impact.csv', files.find((f) => /impact/.test(f.name))!.content!);
    needs = cellsAsCalcReadsThem(dir, 'besoins.csv', files.find((f) => /besoins/.test(f.name))!.content!);
  }, 240000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  const column = (rows: string[][], header: string) => rows.slice(1).map((r) => r[rows[0].indexOf(header)]);

  it('headers and accents come back as written', () => {
    expect(impact[0].slice(0, 4)).toEqual(['ID', 'Nom', 'Prénom', 'Entreprise']);
    expect(impact[0]).toEqual(expect.arrayContaining(["Qualité de l'alternance", 'Théâtre', 'Mobilité', 'Accompagnement proactif', 'Réussite examen']));
    expect(needs[0]).toEqual(expect.arrayContaining(['Code activité', 'Catégorie', 'Précision', 'Identifié le', 'Échéance']));
    expect(column(impact, 'Prénom')).toEqual(['Léa', 'Hugo', 'Inès', 'Yanis']);
    expect(column(impact, 'Entreprise')).toEqual(['Boulangerie Dupain', 'Garage Électra', 'Hôtel Bellevue', 'Atelier Sérénité']);
  });

  it('one row per apprentice and per need: separators and line breaks inside a precision stay inside its cell', () => {
    expect(impact).toHaveLength(5);
    expect(needs).toHaveLength(4);
    expect(needs.every((row) => row.length === needs[0].length)).toBe(true);
  });

  it('a precision with `;`, quotes and a line break is one exact cell', () => {
    expect(column(needs, 'Précision')[0]).toBe('Buffet froid chez Boulangerie Dupain ; voir Paul Roux au 06 11 22 33 44.\nPrévoir 80 "couverts".');
  });

  it('formula-like texts are inert text, shown with their apostrophe', () => {
    expect(column(needs, 'Précision').slice(1)).toEqual(["'=SOMME(A1:A3) à encaisser", "'-5 % sur la commande, +2 plats, @chef"]);
  });

  it('counts are numbers Calc reads as such', () => {
    expect(column(impact, 'Total')).toEqual(['1', '1', '1', '0']);
  });
});
