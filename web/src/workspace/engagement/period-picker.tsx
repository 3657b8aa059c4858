import { Box, FieldError, InputBox, Select } from '@rocket.chat/fuselage';
import { useId } from 'react';
import { periodChoices, type PeriodKey } from './periods';

export interface PickedPeriod {
  period: PeriodKey;
  /** The custom range's days, "YYYY-MM-DD". */
  from: string;
  to: string;
}

/**
 * Rocket.Chat's PeriodSelector (a fuselage Select of its periods), with a custom range: two days,
 * first and last, both included.
 */
export function PeriodPicker({ value, problem, onChange }: { value: PickedPeriod; problem?: string; onChange: (value: PickedPeriod) => void }) {
  const errorId = useId();
  return (
    <Box display="flex" flexDirection="column" style={{ gap: 8 }}>
      <Box display="flex" flexWrap="wrap" alignItems="center" style={{ gap: 8 }}>
        <Select
          aria-label="Select period"
          options={periodChoices.map(([key, label]) => [key, label])}
          value={value.period}
          onChange={(key) => onChange({ ...value, period: key as PeriodKey })}
          data-testid="period-select"
        />
        {value.period === 'custom' && (
          <>
            <InputBox
              type="date"
              aria-label="First day"
              value={value.from}
              onChange={(event) => onChange({ ...value, from: (event.target as HTMLInputElement).value })}
              aria-invalid={Boolean(problem)}
              aria-describedby={problem ? errorId : undefined}
              data-testid="period-from"
              style={{ width: 160 }}
            />
            <InputBox
              type="date"
              aria-label="Last day"
              value={value.to}
              onChange={(event) => onChange({ ...value, to: (event.target as HTMLInputElement).value })}
              aria-invalid={Boolean(problem)}
              aria-describedby={problem ? errorId : undefined}
              data-testid="period-to"
              style={{ width: 160 }}
            />
          </>
        )}
      </Box>
      {problem && (
        <FieldError id={errorId} data-testid="period-problem">
          {problem}
        </FieldError>
      )}
    </Box>
  );
}
