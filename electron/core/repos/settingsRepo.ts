// Settings as JSON values by key; unknown or unreadable stored values fall back to the defaults.
import { settingDefaults, settingKeys, settingSchemas, type SettingSet, type Settings } from '../../../shared/domain/settings';
import type { Db } from '../store/open';

export function createSettingsRepo(db: Db) {
  const selectAll = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );

  function all(): Settings {
    const stored = new Map(selectAll.all().map((row) => [row.key, row.value]));
    const settings: Record<string, unknown> = { ...settingDefaults };
    for (const key of settingKeys) {
      const raw = stored.get(key);
      if (raw === undefined) continue;
      const parsed = settingSchemas[key].safeParse(JSON.parse(raw));
      if (parsed.success) settings[key] = parsed.data;
    }
    return settings as Settings;
  }

  return {
    all,
    set(change: SettingSet): Settings {
      upsert.run(change.key, JSON.stringify(change.value));
      return all();
    },
  };
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
