// A small process-wide memo for values that depend only on their key (a compiled calendar, a parsed
// rule profile): a registration re-evaluates its pupil against the same skolerute and profile as the
// request before it, and compiling them cost more than the replay (decision 165).

/** `get(key, make)`: the value made for this key before, else `make()`, kept; at most `size` keys, the oldest dropped first. */
export function memo<V>(size: number): (key: string, make: () => V) => V {
  const values = new Map<string, V>();
  return (key, make) => {
    const known = values.get(key);
    if (known !== undefined) return known;
    const value = make();
    if (values.size >= size) values.delete(values.keys().next().value as string);
    values.set(key, value);
    return value;
  };
}
