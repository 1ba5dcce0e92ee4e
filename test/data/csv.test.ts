import { expect } from '@open-wc/testing';
import { csvRows, csvText, parseFindingsCsv } from '../../src/data/csv.js';
import { parseShare } from '../../src/data/schema.js';
import { safeCell } from '../../src/parts/downloads.js';

describe('csvRows', () => {
  const cases: [string, string, string[][]][] = [
    [
      'plain, LF',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF, no final line end',
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'quoted comma, quote and line break',
      'a,b\n"x, y","he said ""hi""\nthen"\n',
      [
        ['a', 'b'],
        ['x, y', 'he said "hi"\nthen'],
      ],
    ],
    [
      'empty fields',
      'a,b,c\n,,3\n',
      [
        ['a', 'b', 'c'],
        ['', '', '3'],
      ],
    ],
    ['blank lines skipped', 'a\n\n1\n\n', [['a'], ['1']]],
    [
      'semicolons (Excel, nl-BE)',
      'a;b\n"1;2";0,45\n',
      [
        ['a', 'b'],
        ['1;2', '0,45'],
      ],
    ],
    [
      'a comma before a semicolon: commas',
      'a,b;c\n1,2;3\n',
      [
        ['a', 'b;c'],
        ['1', '2;3'],
      ],
    ],
  ];
  for (const [name, text, rows] of cases) it(name, () => expect(csvRows(text)).to.deep.equal(rows));

  it('round-trips csvText', () => {
    const rows = [
      ['id', 'words'],
      ['x', 'komma, "quote"\nlijn'],
      ['y', ''],
    ];
    expect(csvRows(csvText(rows))).to.deep.equal(rows);
  });

  it('reads a findings CSV with a byte-order mark', () => {
    const { findings } = parseFindingsCsv('\uFEFFid,organisation,year,precision,words\nx,fire,2017,none,w\n');
    expect(findings).to.deep.equal([{ id: 'x', organisation: 'fire', year: '2017', precision: 'none', words: 'w' }]);
  });
});

describe('safeCell (CSV formula injection)', () => {
  for (const [v, out] of [
    ['=1+1', "'=1+1"],
    ['+32 2', "'+32 2"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['gewoon', 'gewoon'],
    ['1/3', '1/3'],
    [0.45, '0.45'],
    [null, ''],
    [2017, '2017'],
  ] as [unknown, string][])
    it(`${JSON.stringify(v)} → ${JSON.stringify(out)}`, () => expect(safeCell(v)).to.equal(out));
});

describe('parseShare with a decimal comma', () => {
  it('reads "0,45" as a spreadsheet in Belgium writes it', () => {
    expect(parseShare('0,45')).to.deep.equal({ share: 0.45, fraction: null });
    expect(parseShare('0.45')).to.deep.equal({ share: 0.45, fraction: null });
    expect(parseShare('1,5')).to.equal(null);
    expect(parseShare(',')).to.equal(null);
  });
});
