/** Element ids numbered in the order of the page being rendered: unique on it, and the same in every build. */
const counts = new WeakMap<Request, Map<string, number>>();

export function pageId(request: Request, prefix: string): string {
  const perPage = counts.get(request) ?? new Map<string, number>();
  counts.set(request, perPage);
  const count = (perPage.get(prefix) ?? 0) + 1;
  perPage.set(prefix, count);
  return `${prefix}-${count}`;
}
