// Looking a word read from input up in a table of plain-object entries: only the table's own keys
// count, so a hostile word (`constructor`, `toString`, `__proto__`) finds nothing instead of
// Object.prototype's functions (an entity `&constructor;` once decoded to "function Object() …").

/** The table's own entry for `key`, or undefined (never an inherited property). */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
