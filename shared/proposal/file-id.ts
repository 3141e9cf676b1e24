// The PDF's file id: the first half of a SHA-256 over the model (the logo by its own digest), so the same revision and
// branding always give the same id, and so the same bytes.
import { sha256Hex } from '../digest';
import type { ProposalModel } from './types';

export async function proposalFileId(model: ProposalModel): Promise<string> {
  const logo = model.brand.logo;
  const text = JSON.stringify({ ...model, brand: { ...model.brand, logo: logo === null ? null : { ...logo, bytes: await sha256Hex(logo.bytes) } } });
  return (await sha256Hex(text)).slice(0, 32).toUpperCase();
}
