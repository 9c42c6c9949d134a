// How Recently deleted words its dates: when an item was deleted, the day it goes for good, a reflection's own day.
import { format, parseISO } from 'date-fns';
import type { TrashItem } from '../../../shared/domain/trash';

export const formatDeletedAt = (timestamp: string) => format(new Date(timestamp), "d MMM yyyy 'at' HH:mm");
export const formatPurgeDay = (timestamp: string) => format(new Date(timestamp), 'd MMM yyyy');

/** A reflection's detail is its entry date (YYYY-MM-DD); other kinds' details are words already. */
export const formatDetail = (item: Pick<TrashItem, 'kind' | 'detail'>) =>
  item.kind === 'reflection' && item.detail ? `Entry of ${format(parseISO(item.detail), 'd MMM yyyy')}` : item.detail;
