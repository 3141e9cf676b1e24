// Which contact details become live links, and where a run of text is cut around them.
import { describe, expect, it } from 'vitest';

import { contactLinks, linkPieces, linkTargetOf } from '../../shared/proposal/links';

describe('link targets', () => {
  it('reads e-mail, web addresses and phone numbers as mailto:, https: and tel: links', () => {
    expect(linkTargetOf('info@codism.io')).toEqual({ text: 'info@codism.io', uri: 'mailto:info@codism.io' });
    expect(linkTargetOf('www.codism.io')).toEqual({ text: 'www.codism.io', uri: 'https://www.codism.io' });
    expect(linkTargetOf('http://example.com/team')).toEqual({ text: 'http://example.com/team', uri: 'http://example.com/team' });
    expect(linkTargetOf('+49 (30) 1234-5678')).toEqual({ text: '+49 (30) 1234-5678', uri: 'tel:+493012345678' });
    expect(linkTargetOf('bücher.example')?.uri).toBe('https://b%C3%BCcher.example');
  });

  it('leaves addresses, short numbers and plain words alone', () => {
    for (const line of ['USA Office', '10115 Berlin', 'Unit 4, 12 High Street', '12345', '', 'Codism']) expect(linkTargetOf(line), line).toBeNull();
  });

  it('never links the company name, the footer line that may read like a domain', () => {
    expect(contactLinks(['Codism.io', 'info@codism.io', 'USA Office']).map((t) => t.text)).toEqual(['info@codism.io']);
  });
});

describe('cutting text at links', () => {
  const targets = contactLinks(['Co', 'info@codism.io', 'www.codism.io']);

  it('returns the text whole when no target occurs', () => {
    expect(linkPieces('Codism.io  ·  ', targets)).toEqual([{ text: 'Codism.io  ·  ', target: null }]);
  });

  it('cuts before, at and after each target, in order, losing no character', () => {
    const text = 'Mail info@codism.io or see www.codism.io today';
    const pieces = linkPieces(text, targets);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.map((p) => p.target?.uri ?? null)).toEqual([null, 'mailto:info@codism.io', null, 'https://www.codism.io', null]);
    expect(linkPieces('info@codism.io', targets)).toEqual([{ text: 'info@codism.io', target: targets[0] }]);
  });
});
