// Settings → Appearance: light, dark or the system's theme, and the text size, applied at once and saved as chosen.
import { useEffect, useState } from 'react';
import { textSizes, themeChoices, type TextSize, type ThemeChoice } from '../../../shared/domain/settings';
import { api, useCoreRevision } from '../../app/client';
import { SaveStatus } from '../../app/saver/SaveStatus';
import { useSaver } from '../../app/saver/useSaver';
import { setTextSize, setThemeChoice } from '../../ui/theme';
import { useErrors } from '../shell/errorStore';

interface Appearance {
  theme: ThemeChoice;
  textSize: TextSize;
}

const themeLabels: Record<ThemeChoice, string> = { system: 'Same as this computer', light: 'Light', dark: 'Dark' };
const sizeLabels: Record<TextSize, string> = { small: 'Small', standard: 'Standard', large: 'Large' };

interface ChoicesProps<T extends string> {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  /** Undefined until the settings are read: the group is disabled meanwhile. */
  chosen: T | undefined;
  onChoose(choice: T): void;
}

/** One labelled group of radio buttons. */
function Choices<T extends string>({ legend, name, options, labels, chosen, onChoose }: ChoicesProps<T>) {
  return (
    <fieldset className="choice-group" disabled={chosen === undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="choice">
          <input type="radio" name={name} checked={chosen === option} onChange={() => onChoose(option)} />
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
}

export function AppearanceSettings() {
  const [shown, setShown] = useState<Appearance | null>(null);
  const { saver, status } = useSaver<Appearance>(
    'setting:appearance',
    async (patch) => {
      if (patch.theme) await api()['settings.set']({ key: 'appearance.theme', value: patch.theme });
      if (patch.textSize) await api()['settings.set']({ key: 'appearance.textSize', value: patch.textSize });
    },
    { onFirstFailure: (error) => useErrors.getState().report('The appearance was not saved', error) },
  );

  // Read when the panel opens and after every settings change (another tab's choice), unless a choice here is unsaved.
  const revision = useCoreRevision(['settings']);
  useEffect(() => {
    api()['settings.get']({}).then(
      (settings) => {
        if (!saver.hasUnsaved()) setShown({ theme: settings['appearance.theme'], textSize: settings['appearance.textSize'] });
      },
      (error: unknown) => useErrors.getState().report('Could not read the settings', error),
    );
  }, [saver, revision]);

  const choose = (patch: Partial<Appearance>) => {
    setShown((current) => (current ? { ...current, ...patch } : current));
    if (patch.theme) setThemeChoice(patch.theme);
    if (patch.textSize) setTextSize(patch.textSize);
    saver.edit(patch);
    void saver.flush();
  };

  return (
    <section className="card" aria-labelledby="appearance-heading">
      <h2 id="appearance-heading">Appearance</h2>
      <div className="settings-choices">
        <Choices legend="Theme" name="appearance-theme" options={themeChoices} labels={themeLabels} chosen={shown?.theme} onChoose={(theme) => choose({ theme })} />
        <Choices legend="Text size" name="appearance-text-size" options={textSizes} labels={sizeLabels} chosen={shown?.textSize} onChoose={(textSize) => choose({ textSize })} />
      </div>
      <SaveStatus status={status} />
    </section>
  );
}
