/** Moves keyboard focus to an element as it appears (an attachment: `{@attach focusNow}`). */
export function focusNow(element: HTMLElement): void {
  element.focus();
}
