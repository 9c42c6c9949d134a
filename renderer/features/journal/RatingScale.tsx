// An optional 1–5 rating as a radio group; choosing the current rating again clears it.
import { useId } from 'react';

const words = ['', 'Very low', 'Low', 'Middling', 'High', 'Very high'];

interface RatingScaleProps {
  label: string;
  value: number | null;
  onChange(value: number | null): void;
}

export function RatingScale({ label, value, onChange }: RatingScaleProps) {
  const name = useId();
  return (
    <fieldset className="rating">
      <legend>{label}</legend>
      <div className="rating-options">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="rating-option" title={words[n]}>
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              aria-label={`${label} ${n} of 5, ${words[n]?.toLowerCase()}`}
              onChange={() => onChange(n)}
              onClick={() => value === n && onChange(null)}
            />
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
