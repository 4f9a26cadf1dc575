import { parse } from 'csv-parse/sync';
import { toCsv } from '../../src/domain/csv';

const BOM = '\uFEFF';

test('a UTF-8 BOM, semicolons and CRLF line ends, as French Excel expects', () => {
  expect(toCsv([['Clé', 'Total'], ['P-01', 3]])).toBe(`${BOM}Clé;Total\r\nP-01;3\r\n`);
});

test('decimals take a comma, booleans oui/non, null an empty field', () => {
  expect(toCsv([[5.5, 0.25, true, false, null, -2]])).toBe(`${BOM}5,5;0,25;oui;non;;-2\r\n`);
});

test('a precision with a line break and quotes survives CSV quoting', () => {
  const precision = 'Livraison "urgente" du client ;\r\nprévoir le transpalette';
  const csv = toCsv([['Précision', 'Échéance'], [precision, '30/11/2026']]);
  expect(csv).toContain('"Livraison ""urgente"" du client ;\r\nprévoir le transpalette";30/11/2026\r\n');
  const records = parse(csv.slice(1), { delimiter: ';' });
  expect(records).toEqual([['Précision', 'Échéance'], [precision, '30/11/2026']]);
});

describe('formula injection', () => {
  test('=1+1 is neutralised', () => {
    expect(toCsv([['=1+1']])).toBe(`${BOM}'=1+1\r\n`);
  });

  test('text starting with +, -, @, tab or CR is neutralised too', () => {
    const csv = toCsv([['+33 6 11', '-cmd', '@SUM(A1)', '\tx', '\rx']]);
    expect(csv).toBe(`${BOM}'+33 6 11;'-cmd;'@SUM(A1);'\tx;"'\rx"\r\n`);
  });

  test('a real negative number stays a number; text with = inside is left alone', () => {
    expect(toCsv([[-1.5, 'a=b']])).toBe(`${BOM}-1,5;a=b\r\n`);
  });
});

test('an empty table is just the BOM', () => {
  expect(toCsv([])).toBe(BOM);
});
