// Settings → Strategy versions: after how many days of unsaved strategy changes Cairn suggests saving a version.
import { useEffect, useId, useState } from 'react';
import { settingSchemas } from '../../../shared/domain/settings';
import { api } from '../../app/client';
import { useErrors } from '../shell/errorStore';

export function VersionSettings() {
  const [days, setDays] = useState('');
  const hintId = useId();

  useEffect(() => {
    api()['settings.get']({}).then(
      (settings) => setDays(String(settings['versions.checkInAfterDays'])),
      (error: unknown) => useErrors.getState().report('Could not read the settings', error),
    );
  }, []);

  async function save(value: string) {
    const parsed = settingSchemas['versions.checkInAfterDays'].safeParse(Number(value));
    if (!parsed.success) {
      useErrors.getState().report('Not saved', new Error('Choose between 1 and 365 days.'));
      return;
    }
    try {
      // The check-in nudge follows through the change feed.
      await api()['settings.set']({ key: 'versions.checkInAfterDays', value: parsed.data });
    } catch (error) {
      useErrors.getState().report('The setting was not saved', error);
    }
  }

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
            value={days}
            aria-describedby={hintId}
            onChange={(event) => setDays(event.target.value)}
            onBlur={(event) => void save(event.target.value)}
          />
          days
        </label>
      </div>
    </section>
  );
}
