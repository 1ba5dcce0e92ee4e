import { expect } from '@open-wc/testing';
import { csvRows, csvText, parseFindingsCsv, safeCell, separatorOf, unguardCell } from '../../src/data/csv.js';
import { parseShare, validateDataset, type Finding } from '../../src/data/schema.js';
import { findingsCsv } from '../../src/parts/downloads.js';
import { fetchDataset } from '../../src/parts/data.js';

describe('csvRows', () => {
  const cases: [name: string, text: string, rows: string[][]][] = [
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
      'CR alone ends a line (old Mac Excel)',
      'a,b\r1,2\r',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a byte-order mark before the header',
      '\uFEFFa;b\n1;2\n',
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
      'a quote in the middle of an unquoted field is text, and later rows stay rows',
      'a,b\n1,van 40" scherm\n2,ander\n3,"een ""echte"" quote"\n',
      [
        ['a', 'b'],
        ['1', 'van 40" scherm'],
        ['2', 'ander'],
        ['3', 'een "echte" quote'],
      ],
    ],
    [
      'a quote in the middle of an unquoted field, semicolons',
      'a;b\n1;zo"n 40%\n2;ander\n',
      [
        ['a', 'b'],
        ['1', 'zo"n 40%'],
        ['2', 'ander'],
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
      'rows of empty cells skipped (Excel writes them for cleared rows)',
      'a;b\r\n;\r\n1;2\r\n;;\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'semicolons (Excel, nl-BE), decimal comma',
      'a;b\n"1;2";0,45\n',
      [
        ['a', 'b'],
        ['1;2', '0,45'],
      ],
    ],
    [
      'semicolons, CRLF and a quoted line break',
      'a;b\r\n1;"x\r\ny"\r\n',
      [
        ['a', 'b'],
        ['1', 'x\r\ny'],
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

  it('takes the separator from the header line only', () => {
    expect(separatorOf('id;organisation\n1,2;3')).to.equal(';');
    expect(separatorOf('id,organisation\n1;2,3')).to.equal(',');
    expect(separatorOf('id\n1;2')).to.equal(',');
    expect(separatorOf('"a;b",c\n')).to.equal(';');
  });

  for (const sep of [',', ';'] as const)
    it(`round-trips csvText with "${sep}"`, () => {
      const rows = [
        ['id', 'words'],
        ['x', 'komma, puntkomma; "quote"\nlijn'],
        ['y', ''],
        ['z', 'zo"n'],
      ];
      expect(csvRows(csvText(rows, sep))).to.deep.equal(rows);
    });
});

describe('parseFindingsCsv', () => {
  const header = 'id,organisation,year,precision,words';
  it('reads a findings CSV with a byte-order mark', () => {
    const { findings } = parseFindingsCsv(`\uFEFF${header}\nx,fire,2017,none,w\n`);
    expect(findings).to.deep.equal([{ id: 'x', organisation: 'fire', year: '2017', precision: 'none', words: 'w' }]);
  });

  it('keeps every row after a quote typed in the middle of a field', () => {
    const { findings } = parseFindingsCsv(
      `${header}\na,fire,2016,none,zo"n\nb,fire,2017,none,w\nc,police,2017,none,w\n`,
    );
    expect(findings.map((f) => [f.id, f.words])).to.deep.equal([
      ['a', 'zo"n'],
      ['b', 'w'],
      ['c', 'w'],
    ]);
  });

  // A share as a spreadsheet in Belgium writes it, in a comma file (quoted) and in a semicolon file.
  const shares: [name: string, text: string, share: number][] = [
    ['decimal point', `id,organisation,year,share,precision,words\nx,fire,2017,0.45,exact,w`, 0.45],
    ['decimal comma, quoted', `id,organisation,year,share,precision,words\nx,fire,2017,"0,45",exact,w`, 0.45],
    ['decimal comma, semicolons', `id;organisation;year;share;precision;words\nx;fire;2017;0,45;exact;w`, 0.45],
    ['percentage', `id;organisation;year;share;precision;words\nx;fire;2017;45%;exact;w`, 0.45],
    ['percentage with decimal comma', `id;organisation;year;share;precision;words\nx;fire;2017;45,5%;exact;w`, 0.455],
    ['fraction', `id;organisation;year;share;precision;words\nx;fire;2017;1/3;about;w`, 1 / 3],
  ];
  for (const [name, text, share] of shares)
    it(`reads a share: ${name}`, () => {
      expect(validateDataset(parseFindingsCsv(text)).findings[0].share).to.be.closeTo(share, 1e-12);
    });

  it('takes the formula guard’s apostrophe off again, and an id starting with "-" is read', () => {
    const text = `${header},note\n'-x,fire,2017,none,'=1+1,"a;'=b"\ny,fire,2016,none,'@SUM(A1),\n`;
    const d = validateDataset(parseFindingsCsv(text));
    expect(d.findings.map((f) => [f.id, f.words, f.note])).to.deep.equal([
      ['-x', '=1+1', 'a;=b'],
      ['y', '@SUM(A1)', null],
    ]);
  });
});

describe('the formula guard (CSV injection)', () => {
  const cases: [input: unknown, written: string][] = [
    ['=1+1', "'=1+1"],
    ['+32 2', "'+32 2"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    // What a reader splitting on the other separator sees as the start of a cell.
    ['x;=1+1', "x;'=1+1"],
    ['x,=1+1', "x,'=1+1"],
    ['x;"=1+1"', 'x;"\'=1+1"'],
    ['a;-b;@c', "a;'-b;'@c"],
    ['x; =1', 'x; =1'],
    ['gewoon', 'gewoon'],
    ['1/3', '1/3'],
    ['0,45', '0,45'],
    [0.45, '0.45'],
    [null, ''],
    [undefined, ''],
    [2017, '2017'],
  ];
  for (const [input, written] of cases)
    it(`${JSON.stringify(input)} → ${JSON.stringify(written)} → back`, () => {
      expect(safeCell(input)).to.equal(written);
      expect(unguardCell(safeCell(input))).to.equal(input == null ? '' : String(input));
    });

  // A reader that splits the line on either separator, ignoring quotes (the worst case), sees no formula.
  for (const sep of [',', ';'] as const)
    it(`no cell of a "${sep}" file starts a formula for a reader splitting on "," or ";"`, () => {
      const words = ['x;=1+1', 'x,=1+1', '=1+1', 'a;"@b"', 'c,+d', 'e;-f'];
      const line = csvText([words], sep);
      for (const cell of line.split(/[,;]/)) expect(cell.replace(/^"+/, ''), line).to.not.match(/^[=+\-@\t\r]/);
    });
});

describe('parseShare with a decimal comma', () => {
  it('reads "0,45" as a spreadsheet in Belgium writes it', () => {
    expect(parseShare('0,45')).to.deep.equal({ share: 0.45, fraction: null });
    expect(parseShare('0.45')).to.deep.equal({ share: 0.45, fraction: null });
    expect(parseShare('1,5')).to.equal(null);
    expect(parseShare(',')).to.equal(null);
  });
});

describe('the CSV download given back as src', () => {
  const findings: readonly Finding[] = validateDataset([
    {
      id: '-dash',
      organisation: 'fire',
      platform: 'instagram',
      year: 2016,
      share: 0.4,
      precision: 'exact',
      words: '=1+1',
    },
    {
      id: 'ocmw-x',
      organisation: 'ocmw',
      platform: 'instagram',
      year: 2017,
      share: '1/3',
      precision: 'about',
      words: 'een op drie; "ruim"',
      wordsEn: 'one in three, "a good"',
      note: '\tx;@y',
    },
    { id: 'none', organisation: 'police', platform: 'twitter', year: 2017, precision: 'none', words: 'geen, cijfer' },
  ]).findings;

  const languages: [lang: 'nl' | 'fr' | 'en', sep: string, share: string][] = [
    ['nl', ';', '0,4'],
    ['fr', ';', '0,4'],
    ['en', ',', '0.4'],
  ];
  for (const [lang, sep, share] of languages)
    it(`${lang}: "${sep}" and ${share}, read back to the same findings`, () => {
      const text = findingsCsv(findings, lang);
      expect(text.split('\n')[0]).to.equal(
        [
          'id',
          'organisation',
          'platform',
          'topic',
          'year',
          'share',
          'precision',
          'words',
          'wordsEn',
          'wordsFr',
          'note',
        ].join(sep),
      );
      expect(csvRows(text)[1][5]).to.equal(share);
      expect(validateDataset(parseFindingsCsv(text)).findings).to.deep.equal(findings);
    });

  it('is Dutch when no language is given', () => {
    expect(findingsCsv(findings).split('\n')[0]).to.match(/^id;organisation;/);
  });
});

describe('a CSV src in Windows-1252 (Belgian Excel)', () => {
  const header = 'id;organisation;year;precision;words\r\n';
  // "één" and "café" as Windows-1252 bytes: é is 0xE9; the ’ of "’s" is 0x92.
  const bytes = new Uint8Array([
    ...new TextEncoder().encode(`${header}x;fire;2017;none;`),
    0xe9,
    0xe9,
    0x6e,
    0x20,
    0x63,
    0x61,
    0x66,
    0xe9,
    0x92,
    0x73,
    0x0d,
    0x0a,
  ]);
  const srcOf = (type: string, body: BlobPart) => URL.createObjectURL(new Blob([body], { type }));

  for (const type of [
    'text/csv;charset=windows-1252',
    'text/csv; charset="Windows-1252"',
    'text/csv;charset=iso-8859-1',
  ])
    it(`is decoded as declared: ${type}`, async () => {
      const d = await fetchDataset(srcOf(type, bytes));
      expect(d.findings[0].words).to.equal('één café’s');
    });

  for (const type of ['text/csv', 'text/csv;charset=utf-8'])
    it(`is decoded as Windows-1252 when its bytes are not UTF-8 (${type})`, async () => {
      const d = await fetchDataset(srcOf(type, bytes));
      expect(d.findings[0].words).to.equal('één café’s');
    });

  it('UTF-8 stays UTF-8, with or without a byte-order mark', async () => {
    for (const body of [`${header}x;fire;2017;none;één’s`, `\uFEFF${header}x;fire;2017;none;één’s`]) {
      const d = await fetchDataset(srcOf('text/csv', new TextEncoder().encode(body)));
      expect(d.findings[0].words).to.equal('één’s');
    }
  });
});
