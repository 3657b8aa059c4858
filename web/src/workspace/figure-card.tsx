import type { ReactNode } from 'react';

export interface FigureRow {
  label: string;
  /** Names the data-testid (figure-<id>); usually the Statistics field the value comes from. */
  id: string;
  value: ReactNode;
  /** Shown on hover: the exact value, or what the figure means. */
  hint?: string;
}

/** Shown where a figure is not recorded (e.g. no Rocket.Chat snapshot gives a version yet). */
export const notRecorded = <span className="not-recorded">Not recorded</span>;

export function orNotRecorded(value: string | number | null | undefined): ReactNode {
  return value === null || value === undefined || value === '' ? notRecorded : String(value);
}

/** Label and value side by side; `stacked` puts long values (ids, dates) under their label. */
export function FigureList({ rows, stacked }: { rows: FigureRow[]; stacked?: boolean }) {
  return (
    <dl className={stacked ? 'figures stacked' : 'figures'}>
      {rows.map((row) => (
        <div className="figure" key={row.id}>
          <dt>{row.label}</dt>
          <dd data-testid={`figure-${row.id}`} title={row.hint}>
            {row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function Card({ title, testId, wide, children }: { title: string; testId: string; wide?: boolean; children: ReactNode }) {
  return (
    <section className={wide ? 'card card-wide' : 'card'} data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h2 id={`${testId}-title`}>{title}</h2>
      {children}
    </section>
  );
}
