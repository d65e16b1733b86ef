// What in a text could be a national ID number: eleven digits on their own, once the ids are taken out — a
// UUID's last group is twelve hex digits and holds eleven decimal digits in a row about once in a hundred ids,
// which made a plain /\d{11}/ fail at random.
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function elevenDigitRuns(text: string): string[] {
  return text.replace(UUID, '').match(/(?<!\d)\d{11}(?!\d)/g) ?? [];
}
