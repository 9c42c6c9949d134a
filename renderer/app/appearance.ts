// The person's appearance settings on the page: read when the journal opens, and again whenever settings change.
import { setTextSize, setThemeChoice } from '../ui/theme';
import { api, onCoreChange } from './client';

/** Applies the stored theme and text size now and after every settings change (another tab's included); returns how to stop. */
export function followAppearance(): () => void {
  const read = () =>
    api()['settings.get']({}).then(
      (settings) => {
        setThemeChoice(settings['appearance.theme']);
        setTextSize(settings['appearance.textSize']);
      },
      // The page keeps the look it has; the Settings view reports a settings read that fails.
      () => {},
    );
  void read();
  return onCoreChange(['settings'], () => void read());
}
