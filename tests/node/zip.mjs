// Reads the parts of a ZIP archive (a DOCX) for the Node tests that look
// inside the files we write: shared by docx-valid, issuance and duties.
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';

/** The parts of a ZIP archive by name, as text (stored or deflated entries). */
export function unzip(bytes) {
  const buf = Buffer.from(bytes);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const parts = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const data = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
    const compressed = buf.subarray(data, data + compressedSize);
    const raw = method === 8 ? inflateRawSync(compressed) : compressed;
    assert.equal(raw.length, size, `${name} size`);
    parts.set(name, raw.toString('utf8'));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return parts;
}
