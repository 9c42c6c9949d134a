// How Recently deleted words its dates: when an item was deleted, and the day it goes for good.
import { format } from 'date-fns';

export const formatDeletedAt = (timestamp: string) => format(new Date(timestamp), "d MMM yyyy 'at' HH:mm");
export const formatPurgeDay = (timestamp: string) => format(new Date(timestamp), 'd MMM yyyy');
