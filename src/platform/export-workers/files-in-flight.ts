/**
 * Files an export works on at once: enough to keep both cores and the disk busy (one file
 * inflating while another is written), few enough to bound the memory whole files take.
 */
export const FILES_IN_FLIGHT = 2;
