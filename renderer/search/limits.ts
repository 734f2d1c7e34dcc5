/** How many hits per group (and 相关结果) the worker returns for one query; the totals always count them all. */
export const SEARCH_HIT_LIMIT = 200;
