/**
 * Category scores as a horizontal bar chart in SVG. The picture is one image with a summary
 * label; the same numbers sit in a visually hidden table, which screen readers navigate.
 */
import { CHECK_CATEGORIES, type Score } from '../../../src/engine/model/index.js';
import { CATEGORY_LABELS, scoreBand } from '../labels.js';

const ROW = 28;
const LABEL_WIDTH = 110;
const BAR_WIDTH = 200;

export function CategoryChart({ categories }: { categories: Score['categories'] }) {
  const rows = CHECK_CATEGORIES.flatMap((category) => {
    const value = categories[category];
    return value === undefined ? [] : [{ category, label: CATEGORY_LABELS[category], value }];
  });
  const summary = rows.map((row) => `${row.label} ${row.value}`).join(', ');
  return (
    <figure className="category-chart" data-testid="category-chart">
      <figcaption id="category-chart-title">Scores by category</figcaption>
      <svg
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 40} ${rows.length * ROW}`}
        role="img"
        aria-label={`Scores by category: ${summary}`}
      >
        {rows.map((row, i) => (
          <g key={row.category} transform={`translate(0 ${i * ROW})`}>
            <text x="0" y="18" className="bar-label">
              {row.label}
            </text>
            <rect x={LABEL_WIDTH} y="6" width={BAR_WIDTH} height="14" className="bar-track" />
            <rect
              x={LABEL_WIDTH}
              y="6"
              width={(BAR_WIDTH * row.value) / 100}
              height="14"
              className={`bar-value ${scoreBand(row.value)}`}
            />
            <text x={LABEL_WIDTH + BAR_WIDTH + 6} y="18" className="bar-number">
              {row.value}
            </text>
          </g>
        ))}
      </svg>
      <table className="visually-hidden" aria-labelledby="category-chart-title">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Score out of 100</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.category}>
              <th scope="row">{row.label}</th>
              <td>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
