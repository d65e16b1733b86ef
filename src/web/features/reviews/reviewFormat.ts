/** One decimal, Norwegian comma: «2,0», not «2». */
export const decimal = (n: number) => n.toLocaleString('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
