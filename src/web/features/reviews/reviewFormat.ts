import { formatNumber } from '../../format';
/** One decimal, Norwegian comma: «2,0», not «2». */
export const decimal = (n: number) => formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
