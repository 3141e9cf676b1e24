// Exact integer arithmetic for prices and days: products and one rounding, half away from zero. No floats accumulate here.
// Inputs are integers (minor units, hundredths of a day, hundredths of a percent); nothing else belongs in this file.

/** round(a × b / d) half away from zero, exactly; d > 0. Falls back to BigInt when the product leaves the safe range. */
export function mulDivRound(a: number, b: number, d: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) {
    const rest = product % d;
    const quotient = (product - rest) / d;
    if (2 * Math.abs(rest) >= d) return quotient + Math.sign(product);
    return quotient;
  }
  const n = BigInt(a) * BigInt(b);
  const big = BigInt(d);
  const rest = n % big;
  let quotient = (n - rest) / big;
  const twice = 2n * (rest < 0n ? -rest : rest);
  if (twice >= big) quotient += n < 0n ? -1n : 1n;
  return Number(quotient);
}

/** A value with at most two decimals as an exact integer count of hundredths (1.25 → 125). */
export function toHundredths(value: number): number {
  return Math.round(value * 100);
}

/** Hundredths back to a number for JSON; x / 100 is the nearest double to the two-decimal value. */
export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}
