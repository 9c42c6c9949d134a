// The aspiration: the work found most gratifying (without a job title), with the strengths and impact it draws on. Saves as you type.
import { SaveStatus } from '../../app/saver/SaveStatus';
import { useStrategy, type StrategyText } from './strategyStore';
import { AspirationJobTitleHint } from './WordingHints';

const FIELDS: ReadonlyArray<{ key: keyof StrategyText; label: string; help: string; rows: number }> = [
  {
    key: 'aspiration',
    label: 'The work you find most gratifying',
    help: 'Describe the work itself, without naming a job title.',
    rows: 3,
  },
  { key: 'strengths', label: 'Strengths it draws on', help: 'What you are good at that this work uses.', rows: 2 },
  { key: 'impact', label: 'Impact it has', help: 'Who benefits, and how.', rows: 2 },
];

export function AspirationEditor({ only }: { only?: ReadonlyArray<keyof StrategyText> }) {
  const text = useStrategy((state) => state.text);
  const status = useStrategy((state) => state.textStatus);
  const fields = only ? FIELDS.filter((field) => only.includes(field.key)) : FIELDS;
  return (
    <div className="aspiration-editor">
      {fields.map((field) => (
        <div key={field.key} className="field">
          <label htmlFor={`strategy-${field.key}`} className="field-label">
            {field.label}
          </label>
          <span id={`strategy-${field.key}-help`} className="field-help">
            {field.help}
          </span>
          <textarea
            dir="auto"
            id={`strategy-${field.key}`}
            className={field.key === 'aspiration' ? 'aspiration-text' : undefined}
            rows={field.rows}
            value={text[field.key]}
            aria-describedby={`strategy-${field.key}-help`}
            onChange={(event) => useStrategy.getState().editText({ [field.key]: event.target.value })}
            onBlur={() => void useStrategy.getState().flush()}
          />
          {field.key === 'aspiration' && <AspirationJobTitleHint text={text.aspiration} />}
        </div>
      ))}
      <SaveStatus status={status} className="aspiration-save-status" onDiscard={() => void useStrategy.getState().discardRefused('text')} />
    </div>
  );
}
