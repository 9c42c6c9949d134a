// Every migration, imported statically and in order; the last one's version is the app's schema version.
import type { Migration } from '../migration';
import { m0001Reflections } from './0001-reflections';
import { m0002DataModel } from './0002-data-model';
import { m0003Search } from './0003-search';
import { m0004ImportFingerprints } from './0004-import-fingerprints';
import { m0005PromptLibrary } from './0005-prompt-library';
import { m0006SearchByDate } from './0006-search-by-date';
import { m0007RecentlyDeleted } from './0007-recently-deleted';
import { m0008EntryHistory } from './0008-entry-history';
import { m0009Drafts } from './0009-drafts';
import { m0010SearchEverything } from './0010-search-everything';
import { m0011Sync } from './0011-sync';
import { m0012Attachments } from './0012-attachments';

export const migrations: readonly Migration[] = [
  m0001Reflections,
  m0002DataModel,
  m0003Search,
  m0004ImportFingerprints,
  m0005PromptLibrary,
  m0006SearchByDate,
  m0007RecentlyDeleted,
  m0008EntryHistory,
  m0009Drafts,
  m0010SearchEverything,
  m0011Sync,
  m0012Attachments,
];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
