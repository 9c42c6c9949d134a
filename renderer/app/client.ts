// The app's single API client, chosen once at start-up, and its change feed; features import these and never see the
// transport.
import { useEffect, useRef, useState } from 'react';
import { touches, type Aggregate, type CoreChange } from '../../shared/changes';
import { createApi, type Api } from './api';
import { pickTransport } from './transport';

let instance: Api | undefined;

export function api(): Api {
  instance ??= createApi(pickTransport());
  return instance;
}

/** Calls `refetch` after every committed write that touches `watched` (or the whole journal); returns how to stop. */
export function onCoreChange(watched: readonly Aggregate[], refetch: (change: CoreChange) => void): () => void {
  return api().on('core:changed', (change) => {
    if (touches(change, watched)) refetch(change);
  });
}

/** The same for a component, for as long as it is mounted; the latest `refetch` is the one called. */
export function useCoreChange(watched: readonly Aggregate[], refetch: (change: CoreChange) => void): void {
  const latest = useRef(refetch);
  useEffect(() => {
    latest.current = refetch;
  });
  const key = watched.join(',');
  useEffect(() => onCoreChange(key.split(',') as Aggregate[], (change) => latest.current(change)), [key]);
}

/** A number that grows after every committed write touching `watched`: a dependency for a component's own fetch. */
export function useCoreRevision(watched: readonly Aggregate[]): number {
  const [revision, setRevision] = useState(0);
  useCoreChange(watched, () => setRevision((n) => n + 1));
  return revision;
}
