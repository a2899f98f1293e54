/**
 * Office files (.docx, .xlsx) are zip archives whose libraries date every entry, and the document
 * itself, with the moment they are written. Made reproducible here: the same content, the same bytes.
 */
import JSZip from 'jszip';

/**
 * The archive again with every entry dated `date` (their order and compressed bytes kept), and the
 * document's created and modified dates (docProps/core.xml) set to it.
 */
export async function reproducible(archive: Uint8Array | ArrayBuffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(archive);
  const core = zip.file('docProps/core.xml');
  if (core) {
    const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    zip.file('docProps/core.xml', (await core.async('string')).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`));
  }
  for (const entry of Object.values(zip.files)) entry.date = date;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
