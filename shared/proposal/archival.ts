// PDF/A-2b identification for the proposal: the XMP metadata packet (pdfaid part 2, conformance B, and pdfuaid part 1,
// declared in a PDF/A extension schema) mirroring the document information dictionary, and the sRGB output intent
// with its ICC profile (icc/). Written at output through jsPDF's plugin events. Everything comes from the model and
// the file id, never the clock, so equal proposals stay byte-identical.
import { jsPDF } from 'jspdf';

import { decodeBase64 } from './base64';
import { SRGB_PROFILE_BASE64 } from './icc/srgb-profile';
import { utf8Binary } from './pdf-text';

/** PDF/A-2 is based on PDF 1.7; jsPDF announces 1.3 unless told. */
export const PDF_VERSION = '1.7';

export interface ArchivalInfo {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  creator: string;
  /** The PDF date the information dictionary carries ("D:20260312143000+01'00'"). */
  pdfDate: string;
  language: string;
  /** The trailer's file id (32 hex digits): the XMP document and instance ids are made from it. */
  fileId: string;
}

interface Internal {
  write: (...parts: unknown[]) => void;
  newObject: () => number;
  putStream: (options: { data: string; objectId: number; filters?: string[]; additionalKeyValues?: { key: string; value: string | number }[] }) => void;
  events: { subscribe: (event: string, handler: () => void) => void };
}

let profile: string | null = null;

/** The ICC profile as a binary string, decoded once per process. */
function srgbProfile(): string {
  if (profile === null) {
    const bytes = decodeBase64(SRGB_PROFILE_BASE64.replace(/\s/g, ''));
    if (bytes === null) throw new Error('the embedded sRGB profile is not valid base64');
    let out = '';
    for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
    profile = out;
  }
  return profile;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "D:20260312143000+01'00'" as XMP's "2026-03-12T14:30:00+01:00". */
export function xmpDate(pdfDate: string): string {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})([+-])(\d{2})'(\d{2})'$/.exec(pdfDate);
  if (m === null) return '2000-01-01T00:00:00Z';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7]}${m[8]}:${m[9]}`;
}

/** A UUID-shaped id from the file id, so the XMP names the document without a random number. */
function uuidOf(fileId: string): string {
  const hex = fileId.toLowerCase().padEnd(32, '0');
  return `uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The XMP packet: the same title, author, subject, keywords, tools and date as the information dictionary. */
export function xmpPacket(info: ArchivalInfo): string {
  const date = xmpDate(info.pdfDate);
  const id = uuidOf(info.fileId);
  const x = escapeXml;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">',
    '<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>',
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x(info.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${x(info.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${x(info.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${x(info.language)}</rdf:li></rdf:Bag></dc:language>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${date}</xmp:CreateDate><xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${x(info.creator)}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${x(`jsPDF ${jsPDF.version}`)}</pdf:Producer><pdf:Keywords>${x(info.keywords)}</pdf:Keywords>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">',
    `<xmpMM:DocumentID>${id}</xmpMM:DocumentID><xmpMM:InstanceID>${id}</xmpMM:InstanceID>`,
    '</rdf:Description>',
    // PDF/A-2 accepts only schemas it predefines or that the file declares: pdfuaid is declared here.
    '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" ' +
      'xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
    '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
    '<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>',
    '<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>',
    '<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>',
    '<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">',
    '<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>',
    '<pdfaProperty:category>internal</pdfaProperty:category>',
    '<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>',
    '</rdf:li></rdf:Seq></pdfaSchema:property>',
    '</rdf:li></rdf:Bag></pdfaExtension:schemas>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** Makes the document announce PDF 1.7 and write the XMP packet and the sRGB output intent at output. */
export function makeArchival(doc: jsPDF, info: ArchivalInfo): void {
  (doc as unknown as { __private__: { setPdfVersion: (v: string) => void } }).__private__.setPdfVersion(PDF_VERSION);
  const internal = doc.internal as unknown as Internal;
  let metadata = 0;
  let intent = 0;
  internal.events.subscribe('postPutResources', () => {
    // Unfiltered, as PDF/A wants the metadata stream readable by tools that know no PDF.
    metadata = internal.newObject();
    internal.putStream({
      data: utf8Binary(xmpPacket(info)),
      objectId: metadata,
      filters: [],
      additionalKeyValues: [
        { key: 'Type', value: '/Metadata' },
        { key: 'Subtype', value: '/XML' },
      ],
    });
    internal.write('endobj');
    const icc = internal.newObject();
    internal.putStream({ data: srgbProfile(), objectId: icc, additionalKeyValues: [{ key: 'N', value: 3 }] });
    internal.write('endobj');
    intent = internal.newObject();
    internal.write(
      `<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) ` +
        `/Info (sRGB IEC61966-2.1) /DestOutputProfile ${icc} 0 R >>`,
    );
    internal.write('endobj');
  });
  internal.events.subscribe('putCatalog', () => internal.write(`/Metadata ${metadata} 0 R /OutputIntents [${intent} 0 R]`));
}
