// The shape of one schema migration: a version number and an `up` step run inside a transaction.
import type { Db } from './open';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Db): void;
}
