// Money at the edge: minor units to the text a reader sees, with the currency's own number of minor digits.
// Never does arithmetic on prices; estimate.ts computes them as integers.

// Building an Intl.NumberFormat is slow next to using one, and a live grid formats hundreds of amounts per edit.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = formatters.get(key);
  if (format === undefined) {
    const digits = minorDigits(currency);
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, format);
  }
  return format;
}

/** The minor-unit digits of a currency as Intl knows them (EUR 2, JPY 0, KWD 3). */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** An amount in minor units as the locale writes it (`formatMoney(123456, 'EUR', 'de-DE')` → "1.234,56 €"), formatted exactly from a decimal string. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const format = formatter(locale, currency);
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const text = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, '0');
  const decimal = digits === 0 ? text : `${text.slice(0, text.length - digits)}.${text.slice(text.length - digits)}`;
  return format.format(`${minor < 0 ? '-' : ''}${decimal}` as `${number}`);
}
