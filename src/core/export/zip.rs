//! A minimal ZIP writer: deflated entries (method 8, miniz_oxide; stored
//! when deflate would not make them smaller) with CRC-32, local file
//! headers, a central directory and the end-of-central-directory record,
//! UTF-8 names (general-purpose flag bit 11). Enough for OOXML packages.
//! Deflating makes a large plan's .docx ~17 KB instead of ~130 KB (what
//! Word itself writes is deflated too). No ZIP64: a plan is kilobytes, far
//! below the 4 GiB limit; past it sizes saturate rather than panic.
//!
//! Timestamps are a fixed 1980-01-01 00:00 (the DOS epoch): the core reads
//! no clock, and identical plans give identical bytes.

/// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), as ZIP uses it.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc = CRC_TABLE[((crc ^ b as u32) & 0xff) as usize] ^ (crc >> 8);
    }
    !crc
}

const CRC_TABLE: [u32; 256] = crc_table();

const fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}

/// DOS date of 1980-01-01 (year 0, month 1, day 1) and time 00:00:00.
const DOS_DATE: u16 = (1 << 5) | 1;
const DOS_TIME: u16 = 0;
/// Version 2.0: "needed to extract" for deflated and stored entries with the
/// UTF-8 flag; made by MS-DOS/FAT (upper byte 0) so no Unix modes are implied.
const VERSION: u16 = 20;
/// General-purpose flag bit 11: names are UTF-8.
const FLAG_UTF8: u16 = 1 << 11;

/// Compression methods.
const STORED: u16 = 0;
const DEFLATED: u16 = 8;
/// miniz level 6, zlib's default: a large plan deflates in a few ms.
const LEVEL: u8 = 6;

struct Entry {
    name: Vec<u8>,
    crc: u32,
    method: u16,
    compressed: u32,
    size: u32,
    offset: u32,
}

/// Builds a ZIP archive in memory: `add` each file, then `finish`.
pub struct ZipWriter {
    out: Vec<u8>,
    entries: Vec<Entry>,
}

impl Default for ZipWriter {
    fn default() -> Self {
        Self::new()
    }
}

fn sat32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

impl ZipWriter {
    pub fn new() -> ZipWriter {
        ZipWriter {
            out: Vec::new(),
            entries: Vec::new(),
        }
    }

    /// Appends an entry, deflated unless that would not make it smaller.
    /// `name` uses `/` separators and no leading `/`.
    pub fn add(&mut self, name: &str, data: &[u8]) {
        let deflated = miniz_oxide::deflate::compress_to_vec(data, LEVEL);
        if deflated.len() < data.len() {
            self.add_raw(name, data, DEFLATED, &deflated);
        } else {
            self.add_raw(name, data, STORED, data);
        }
    }

    /// Appends `body` (the entry `data`, compressed by `method`).
    fn add_raw(&mut self, name: &str, data: &[u8], method: u16, body: &[u8]) {
        let name_bytes = name.as_bytes();
        let name_len = name_bytes.len().min(u16::MAX as usize);
        let name_bytes = &name_bytes[..name_len];
        let crc = crc32(data);
        let size = sat32(data.len());
        let compressed = sat32(body.len());
        let offset = sat32(self.out.len());
        let o = &mut self.out;
        o.reserve(30 + name_len + body.len());
        put32(o, 0x0403_4b50); // local file header signature
        put16(o, VERSION);
        put16(o, FLAG_UTF8);
        put16(o, method);
        put16(o, DOS_TIME);
        put16(o, DOS_DATE);
        put32(o, crc);
        put32(o, compressed);
        put32(o, size); // uncompressed size
        put16(o, name_len as u16);
        put16(o, 0); // extra field length
        o.extend_from_slice(name_bytes);
        o.extend_from_slice(body);
        self.entries.push(Entry {
            name: name_bytes.to_vec(),
            crc,
            method,
            compressed,
            size,
            offset,
        });
    }

    /// Writes the central directory and the end record; returns the archive.
    pub fn finish(mut self) -> Vec<u8> {
        let cd_start = sat32(self.out.len());
        let o = &mut self.out;
        for e in &self.entries {
            put32(o, 0x0201_4b50); // central directory header signature
            put16(o, VERSION); // version made by
            put16(o, VERSION); // version needed
            put16(o, FLAG_UTF8);
            put16(o, e.method);
            put16(o, DOS_TIME);
            put16(o, DOS_DATE);
            put32(o, e.crc);
            put32(o, e.compressed);
            put32(o, e.size);
            put16(o, e.name.len() as u16);
            put16(o, 0); // extra
            put16(o, 0); // comment
            put16(o, 0); // disk number start
            put16(o, 0); // internal attributes
            put32(o, 0); // external attributes
            put32(o, e.offset);
            o.extend_from_slice(&e.name);
        }
        let cd_size = sat32(o.len()).saturating_sub(cd_start);
        let count = self.entries.len().min(u16::MAX as usize) as u16;
        put32(o, 0x0605_4b50); // end of central directory signature
        put16(o, 0); // this disk
        put16(o, 0); // disk with the central directory
        put16(o, count);
        put16(o, count);
        put32(o, cd_size);
        put32(o, cd_start);
        put16(o, 0); // comment length
        self.out
    }
}

/// A test-only reader for our archives (stored or deflated entries): checks
/// every header, offset, size and CRC, and returns (name, data) in
/// central-directory order.
#[cfg(test)]
pub fn read_zip(zip: &[u8]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let u16_at = |i: usize| -> Result<u16, String> {
        zip.get(i..i + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
            .ok_or(format!("short read at {i}"))
    };
    let u32_at = |i: usize| -> Result<u32, String> {
        zip.get(i..i + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .ok_or(format!("short read at {i}"))
    };
    if zip.len() < 22 {
        return Err("too short for an end record".into());
    }
    let eocd = zip.len() - 22; // we never write a comment
    if u32_at(eocd)? != 0x0605_4b50 {
        return Err("no end-of-central-directory record at the end".into());
    }
    let count = u16_at(eocd + 10)? as usize;
    if u16_at(eocd + 8)? as usize != count {
        return Err("entry counts disagree".into());
    }
    let cd_size = u32_at(eocd + 12)? as usize;
    let cd_start = u32_at(eocd + 16)? as usize;
    if cd_start + cd_size != eocd {
        return Err(format!(
            "central directory {cd_start}+{cd_size} does not end at {eocd}"
        ));
    }
    let mut out = Vec::new();
    let mut p = cd_start;
    for _ in 0..count {
        if u32_at(p)? != 0x0201_4b50 {
            return Err(format!("bad central header at {p}"));
        }
        let flags = u16_at(p + 8)?;
        let method = u16_at(p + 10)?;
        let crc = u32_at(p + 16)?;
        let csize = u32_at(p + 20)? as usize;
        let usize_ = u32_at(p + 24)? as usize;
        let nlen = u16_at(p + 28)? as usize;
        let xlen = u16_at(p + 30)? as usize;
        let clen = u16_at(p + 32)? as usize;
        let off = u32_at(p + 42)? as usize;
        let name = zip.get(p + 46..p + 46 + nlen).ok_or("name past end")?;
        let name = String::from_utf8(name.to_vec()).map_err(|_| "name is not UTF-8".to_string())?;
        if flags & FLAG_UTF8 == 0 {
            return Err(format!("{name}: UTF-8 flag not set"));
        }
        if !(method == STORED && csize == usize_ || method == DEFLATED) {
            return Err(format!(
                "{name}: method {method} with sizes {csize}/{usize_}"
            ));
        }
        // The local header must agree with the central one.
        if u32_at(off)? != 0x0403_4b50 {
            return Err(format!("{name}: bad local header at {off}"));
        }
        let lnlen = u16_at(off + 26)? as usize;
        let lxlen = u16_at(off + 28)? as usize;
        if u32_at(off + 14)? != crc
            || u32_at(off + 18)? as usize != csize
            || u32_at(off + 22)? as usize != usize_
        {
            return Err(format!(
                "{name}: local header disagrees with central directory"
            ));
        }
        if zip.get(off + 30..off + 30 + lnlen) != Some(name.as_bytes()) {
            return Err(format!("{name}: local name differs"));
        }
        let start = off + 30 + lnlen + lxlen;
        let body = zip
            .get(start..start + csize)
            .ok_or(format!("{name}: data past end"))?;
        let data = if method == DEFLATED {
            miniz_oxide::inflate::decompress_to_vec(body)
                .map_err(|e| format!("{name}: bad deflate data ({e:?})"))?
        } else {
            body.to_vec()
        };
        if data.len() != usize_ {
            return Err(format!(
                "{name}: {} bytes, header says {usize_}",
                data.len()
            ));
        }
        if crc32(&data) != crc {
            return Err(format!("{name}: CRC mismatch"));
        }
        out.push((name, data));
        p += 46 + nlen + xlen + clen;
    }
    if p != eocd {
        return Err("central directory has trailing bytes".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_values() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
        assert_eq!(
            crc32(b"The quick brown fox jumps over the lazy dog"),
            0x414F_A339
        );
    }

    #[test]
    fn stored_entries_round_trip_with_utf8_names() {
        let mut z = ZipWriter::new();
        z.add("[Content_Types].xml", b"<Types/>");
        z.add("word/工作计划.xml", "正文".as_bytes());
        z.add("empty", b"");
        let bytes = z.finish();
        let files = read_zip(&bytes).unwrap();
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["[Content_Types].xml", "word/工作计划.xml", "empty"]);
        assert_eq!(files[1].1, "正文".as_bytes());
        assert!(files[2].1.is_empty());
        // Local header of the first entry starts the file; EOCD ends it.
        assert_eq!(&bytes[..4], b"PK\x03\x04");
        assert_eq!(&bytes[bytes.len() - 22..bytes.len() - 18], b"PK\x05\x06");
    }

    #[test]
    fn text_is_deflated_and_tiny_entries_stay_stored() {
        let xml = "<w:p><w:r><w:t>加强职工之家建设</w:t></w:r></w:p>".repeat(400);
        let mut z = ZipWriter::new();
        z.add("word/document.xml", xml.as_bytes());
        z.add("a", b"x");
        let bytes = z.finish();
        assert!(
            bytes.len() < xml.len() / 10,
            "{} bytes for {}",
            bytes.len(),
            xml.len()
        );
        // Method field of each local header: 8 (deflate), then 0 (stored).
        assert_eq!(u16::from_le_bytes([bytes[8], bytes[9]]), DEFLATED);
        let files = read_zip(&bytes).unwrap();
        assert_eq!(files[0].1, xml.as_bytes());
        assert_eq!(files[1].1, b"x");
        let second = 30
            + "word/document.xml".len()
            + u32::from_le_bytes([bytes[18], bytes[19], bytes[20], bytes[21]]) as usize;
        assert_eq!(
            u16::from_le_bytes([bytes[second + 8], bytes[second + 9]]),
            STORED
        );
    }

    #[test]
    fn identical_input_gives_identical_archives() {
        let build = || {
            let mut z = ZipWriter::new();
            z.add("a.txt", b"same");
            z.finish()
        };
        assert_eq!(build(), build());
    }

    #[test]
    fn empty_archive_is_just_an_end_record() {
        let bytes = ZipWriter::new().finish();
        assert_eq!(bytes.len(), 22);
        assert_eq!(read_zip(&bytes).unwrap().len(), 0);
    }
}
