/** How many entities the group banner lists. */
export const GROUP_STALE_LISTED = 5;
