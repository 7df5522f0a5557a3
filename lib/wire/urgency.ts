// IPTC urgency runs from 1 (flash) to 9; agencies send breaking items at 1 or 2, and the desk
// calls those "عاجل".
export const URGENT_AT_MOST = 2;

export const isUrgent = (urgency: number | null) => urgency !== null && urgency <= URGENT_AT_MOST;
