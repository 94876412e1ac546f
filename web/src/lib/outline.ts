/** An outline item as the API lists it: Task.path is its place, parent first (`3/2/4`). */
export interface OutlineItem {
  id: string;
  path: string;
}

export interface OutlineNode<T extends OutlineItem> {
  item: T;
  children: OutlineNode<T>[];
}

/**
 * The plan's outline as a tree, from its items in document order: an item hangs under
 * the item whose path is its own without the last step. An item whose parent is not
 * in the list (a page of a larger outline) stays at the top rather than being lost.
 */
export function outlineTree<T extends OutlineItem>(items: T[]): OutlineNode<T>[] {
  const byPath = new Map<string, OutlineNode<T>>();
  const top: OutlineNode<T>[] = [];
  for (const item of items) {
    const node: OutlineNode<T> = { item, children: [] };
    byPath.set(item.path, node);
    const cut = item.path.lastIndexOf("/");
    const parent = cut === -1 ? undefined : byPath.get(item.path.slice(0, cut));
    (parent ? parent.children : top).push(node);
  }
  return top;
}

/** How many items a subtree holds, itself included. */
export function countItems<T extends OutlineItem>(node: OutlineNode<T>): number {
  return 1 + node.children.reduce((n, c) => n + countItems(c), 0);
}
