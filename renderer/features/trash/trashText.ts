// How Recently deleted words an item's detail: a reflection's own day, other kinds' words as they are.
import { formatDay } from '../../ui/dates';
import type { TrashItem } from '../../../shared/domain/trash';

/** A reflection's detail is its entry date (YYYY-MM-DD); other kinds' details are words already. */
export const formatDetail = (item: Pick<TrashItem, 'kind' | 'detail'>) =>
  item.kind === 'reflection' && item.detail ? `Entry of ${formatDay(item.detail)}` : item.detail;
