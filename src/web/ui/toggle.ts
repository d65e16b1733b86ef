/** The list with the value added at the end (on) or removed (off), each value once: a group of checkboxes as a list. */
export const toggle = (list: string[], value: string, on: boolean): string[] =>
  on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
