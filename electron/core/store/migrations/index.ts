// Every migration, imported statically and in order; the last one's version is the app's schema version.
import type { Migration } from '../migration';
import { m0001Reflections } from './0001-reflections';

export const migrations: readonly Migration[] = [m0001Reflections];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
