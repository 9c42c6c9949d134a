// A 1–5 rating (energy or engagement) as a labelled select, with "not rated" allowed.
interface RatingSelectProps {
  label: string;
  value: number | null;
  onChange(value: number | null): void;
}

const words = ['', 'Very low', 'Low', 'Middling', 'High', 'Very high'];

export function RatingSelect({ label, value, onChange }: RatingSelectProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)}>
        <option value="">Not rated</option>
        {[1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={n}>
            {n} · {words[n]}
          </option>
        ))}
      </select>
    </label>
  );
}
