// Settings → Strategy versions: after how many days of unsaved strategy changes Cairn suggests saving a version.
import { useId } from 'react';
import { SaveStatus } from '../../app/saver/SaveStatus';
import { useNumberSetting } from './useNumberSetting';

export function VersionSettings() {
  // The check-in nudge follows through the change feed.
  const days = useNumberSetting('versions.checkInAfterDays', 'Choose between 1 and 365 days.');
  const hintId = useId();

  return (
    <section className="card" aria-labelledby="versions-settings-heading">
      <h2 id="versions-settings-heading">Strategy versions</h2>
      <p id={hintId}>
        When your strategy has changed and no version has been saved for a while, Cairn suggests a check-in: saving a
        version with a short note on what changed and why.
      </p>
      <div className="settings-row">
        <label className="field field-inline">
          Suggest a check-in after
          <input
            className="number-input"
            type="number"
            min={1}
            max={365}
            value={days.text}
            aria-describedby={hintId}
            aria-invalid={days.problem !== null}
            onChange={(event) => days.change(event.target.value)}
            onBlur={() => void days.flush()}
          />
          days
        </label>
        {days.problem ? <span className="form-error">{days.problem}</span> : <SaveStatus status={days.status} onDiscard={days.discard} />}
      </div>
    </section>
  );
}
