// The one-keystroke sizes of the workshop's feature list: 1–5 for XS to XL, and S, M, L (X alone is ambiguous).
// Pure, so the keyboard rule has its own test beside the component that uses it.
import { FEATURE_SIZES, type FeatureSize } from '../../../shared/engine';

export function sizeForKey(key: string): FeatureSize | undefined {
  const digit = /^[1-5]$/.test(key) ? FEATURE_SIZES[Number(key) - 1] : undefined;
  if (digit !== undefined) return digit;
  const letter = key.toLowerCase();
  return letter === 's' || letter === 'm' || letter === 'l' ? letter : undefined;
}
