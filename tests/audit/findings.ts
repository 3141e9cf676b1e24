// Sorts electronegativity's findings into what fails the audit (HIGH or MEDIUM, not reviewed), what a reviewed
// entry accounts for, and what is only a note; a reviewed entry that matches nothing is reported as stale.
import type { ReviewedFinding } from './reviewed-findings';

export interface Finding {
  check: string;
  severity: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';
  confidence: string;
  /** Path relative to the repository root, or N/A for an app-wide (global) check. */
  file: string;
  line: number;
  /** The source line the finding points at. */
  sample: string;
  description: string;
}

export interface Verdict {
  blocking: Finding[];
  reviewed: { finding: Finding; reason: string }[];
  notes: Finding[];
  stale: ReviewedFinding[];
}

const BLOCKING = new Set<Finding['severity']>(['HIGH', 'MEDIUM']);

export function judgeFindings(findings: readonly Finding[], reviewed: readonly ReviewedFinding[]): Verdict {
  const verdict: Verdict = { blocking: [], reviewed: [], notes: [], stale: [] };
  const used = new Set<ReviewedFinding>();
  for (const finding of findings) {
    if (!BLOCKING.has(finding.severity)) {
      verdict.notes.push(finding);
      continue;
    }
    const entry = reviewed.find((r) => r.check === finding.check && r.file === finding.file && r.line.test(finding.sample));
    if (entry === undefined) {
      verdict.blocking.push(finding);
    } else {
      used.add(entry);
      verdict.reviewed.push({ finding, reason: entry.reason });
    }
  }
  verdict.stale = reviewed.filter((entry) => !used.has(entry));
  return verdict;
}
