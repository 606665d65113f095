/**
 * A fictional two-page resume, written as a PDF at start-up, that parse threads analyse a few
 * times before the server listens (pool.ts, warmUp). V8 compiles the engine's hot paths only after
 * they have run: a cold thread takes several times longer for its first documents, so without
 * this the first users after a start or deploy would wait seconds behind a queue of slow analyses.
 * The file uses the standard Helvetica fonts and Flate-compressed content, like common resumes.
 */
import { deflateSync } from 'node:zlib';

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const MARGIN = 56;

type Line = [font: 'F1' | 'F2', size: number, text: string];

const PAGE_ONE: Line[] = [
  ['F2', 20, 'Alex Sample'],
  [
    'F1',
    10,
    'alex.sample@example.com | +1 555 010 0199 | Springfield, IL | linkedin.com/in/alex-sample',
  ],
  ['F2', 13, 'Summary'],
  ['F1', 10, 'Backend engineer with eight years of experience building reliable payment and data'],
  ['F1', 10, 'platforms in Go, Python and TypeScript on AWS and Kubernetes.'],
  ['F2', 13, 'Experience'],
  [
    'F2',
    11,
    'Senior Software Engineer, Example Payments Inc.                    Jan 2021 - Present',
  ],
  ['F1', 10, '- Led the migration of the settlement service to Go, cutting p99 latency by 45%.'],
  ['F1', 10, '- Designed an event pipeline on Kafka processing 2 million transactions per day.'],
  ['F1', 10, '- Mentored four engineers and introduced design reviews for every new service.'],
  ['F1', 10, '- Reduced cloud costs by $180,000 a year by right-sizing PostgreSQL clusters.'],
  [
    'F2',
    11,
    'Software Engineer, Sample Analytics Ltd.                           Jun 2017 - Dec 2020',
  ],
  ['F1', 10, '- Built REST APIs in Python and Django used by 300 enterprise customers.'],
  ['F1', 10, '- Automated deployments with Terraform and GitHub Actions, releasing daily.'],
  ['F1', 10, '- Improved test coverage from 40% to 85% and halved production incidents.'],
  [
    'F2',
    11,
    'Junior Developer, Demo Web Studio                                  Sep 2015 - May 2017',
  ],
  ['F1', 10, '- Developed React front ends for retail clients and maintained their Node.js APIs.'],
  ['F1', 10, '- Wrote SQL reports that replaced a weekly manual spreadsheet process.'],
];

const PAGE_TWO: Line[] = [
  ['F2', 13, 'Education'],
  ['F2', 11, 'B.Sc. Computer Science, State University                           2011 - 2015'],
  ['F1', 10, 'Graduated with honours; thesis on distributed consensus algorithms.'],
  ['F2', 13, 'Skills'],
  ['F1', 10, 'Languages: Go, Python, TypeScript, SQL'],
  ['F1', 10, 'Platforms: AWS, Kubernetes, Docker, Terraform, PostgreSQL, Redis, Kafka'],
  ['F1', 10, 'Practices: CI/CD, code review, observability, incident response'],
  ['F2', 13, 'Projects'],
  ['F1', 10, '- Open-source rate limiter library for Go with 1,200 stars on GitHub.'],
  ['F1', 10, '- Volunteer data dashboard for a local food bank, built with Python and Grafana.'],
  ['F2', 13, 'Certifications'],
  ['F1', 10, 'AWS Certified Solutions Architect - Associate, 2022'],
  ['F2', 13, 'Languages'],
  ['F1', 10, 'English (native), Spanish (professional working proficiency)'],
];

/** A PDF literal string: backslashes and parentheses escaped. */
function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function contentStream(lines: Line[]): Buffer {
  let y = PAGE_HEIGHT - MARGIN;
  const ops: string[] = ['BT'];
  for (const [font, size, text] of lines) {
    y -= size * (size > 11 ? 2 : 1.45);
    ops.push(`/${font} ${size} Tf 1 0 0 1 ${MARGIN} ${y.toFixed(2)} Tm ${literal(text)} Tj`);
  }
  ops.push('ET');
  return deflateSync(Buffer.from(ops.join('\n'), 'latin1'));
}

/** The sample's bytes: a classic xref table over seven objects and two content streams. */
export function buildWarmUpSample(): Uint8Array {
  const contents = [contentStream(PAGE_ONE), contentStream(PAGE_TWO)];
  const font = (name: string) =>
    `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`;
  const page = (content: number) =>
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
    `/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents ${content} 0 R >>`;
  const objects: Array<string | Buffer> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    page(7),
    page(8),
    font('Helvetica'),
    font('Helvetica-Bold'),
    ...contents,
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(length);
    const body =
      typeof object === 'string'
        ? Buffer.from(`${index + 1} 0 obj\n${object}\nendobj\n`, 'latin1')
        : Buffer.concat([
            Buffer.from(
              `${index + 1} 0 obj\n<< /Length ${object.length} /Filter /FlateDecode >>\nstream\n`,
            ),
            object,
            Buffer.from('\nendstream\nendobj\n'),
          ]);
    parts.push(body);
    length += body.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(length),
    '%%EOF\n',
  ].join('\n');
  parts.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}
