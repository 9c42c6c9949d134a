// Settings Cairn understands, each with its schema and default; stored as JSON text under its key.
import { z } from 'zod';
import { DEFAULT_CHECK_IN_AFTER_DAYS } from './versions/checkIn';

/** The first-run path through the method: where the person got to, and whether they finished or skipped it. */
export const firstRunSchema = z.object({
  state: z.enum(['pending', 'skipped', 'done']),
  step: z.number().int().min(0).max(20),
});
export type FirstRun = z.infer<typeof firstRunSchema>;

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];
export const textSizes = ['small', 'standard', 'large'] as const;
export type TextSize = (typeof textSizes)[number];

export const settingSchemas = {
  /** Light or dark, or whatever the OS uses. */
  'appearance.theme': z.enum(themeChoices),
  'appearance.textSize': z.enum(textSizes),
  'backups.keep': z.number().int().min(1).max(100),
  'security.autoLockMinutes': z.number().int().min(0).max(24 * 60),
  /** Suggest saving a strategy version once the draft has differed from the last one for this many days. */
  'versions.checkInAfterDays': z.number().int().min(1).max(365),
  firstRun: firstRunSchema,
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type Settings = { [K in SettingKey]: z.infer<(typeof settingSchemas)[K]> };

export const settingDefaults: Settings = {
  'appearance.theme': 'system',
  'appearance.textSize': 'standard',
  'backups.keep': 7,
  'security.autoLockMinutes': 0,
  'versions.checkInAfterDays': DEFAULT_CHECK_IN_AFTER_DAYS,
  firstRun: { state: 'pending', step: 0 },
};

export const settingKeys = Object.keys(settingSchemas) as SettingKey[];

export const settingsSchema = z.object(settingSchemas);

export const settingSetSchema = z.discriminatedUnion('key', [
  z.strictObject({ key: z.literal('appearance.theme'), value: settingSchemas['appearance.theme'] }),
  z.strictObject({ key: z.literal('appearance.textSize'), value: settingSchemas['appearance.textSize'] }),
  z.strictObject({ key: z.literal('backups.keep'), value: settingSchemas['backups.keep'] }),
  z.strictObject({ key: z.literal('security.autoLockMinutes'), value: settingSchemas['security.autoLockMinutes'] }),
  z.strictObject({ key: z.literal('versions.checkInAfterDays'), value: settingSchemas['versions.checkInAfterDays'] }),
  z.strictObject({ key: z.literal('firstRun'), value: firstRunSchema.strict() }),
]);
export type SettingSet = z.output<typeof settingSetSchema>;
