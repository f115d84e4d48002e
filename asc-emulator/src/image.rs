//! Just enough of PNG and JPEG to do what Apple's asset processing reports:
//! whether the bytes are a whole image, and its width and height.

/// The format and size of a decodable image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ImageInfo {
    pub format: &'static str,
    pub width: u32,
    pub height: u32,
}

impl ImageInfo {
    pub fn content_type(&self) -> &'static str {
        if self.format == "png" {
            "image/png"
        } else {
            "image/jpeg"
        }
    }
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Reads a PNG or JPEG; `Err` says what is wrong, in words for Apple's `description`.
pub(crate) fn inspect(bytes: &[u8]) -> Result<ImageInfo, String> {
    if bytes.starts_with(PNG_SIGNATURE) {
        png(bytes)
    } else if bytes.starts_with(&[0xff, 0xd8]) {
        jpeg(bytes)
    } else {
        Err("The file is not a PNG or JPEG image.".into())
    }
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at + 4)?;
    Some(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
}

fn be16(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at + 2)?;
    Some(u16::from_be_bytes([s[0], s[1]]))
}

/// Walks the chunk chain: IHDR first, IEND last and exactly at the end of the file,
/// so a truncated or padded file is refused as Apple's processing would.
fn png(b: &[u8]) -> Result<ImageInfo, String> {
    let damaged = || "The PNG file is damaged or incomplete.".to_owned();
    let mut at = PNG_SIGNATURE.len();
    let mut dims = None;
    loop {
        let len = be32(b, at).ok_or_else(damaged)? as usize;
        let kind = b.get(at + 4..at + 8).ok_or_else(damaged)?;
        let data_end = (at + 8).checked_add(len).ok_or_else(damaged)?;
        let chunk_end = data_end.checked_add(4).ok_or_else(damaged)?;
        if chunk_end > b.len() {
            return Err(damaged());
        }
        if dims.is_none() {
            if kind != b"IHDR" || len != 13 {
                return Err("The PNG file does not start with an IHDR chunk.".into());
            }
            let (w, h) = (be32(b, at + 8).unwrap_or(0), be32(b, at + 12).unwrap_or(0));
            if w == 0 || h == 0 {
                return Err("The PNG image has a width or height of zero.".into());
            }
            dims = Some((w, h));
        }
        if kind == b"IEND" {
            if chunk_end != b.len() {
                return Err("The PNG file has data after its IEND chunk.".into());
            }
            let (width, height) = dims.ok_or_else(damaged)?;
            return Ok(ImageInfo {
                format: "png",
                width,
                height,
            });
        }
        at = chunk_end;
    }
}

/// Walks the segments to the first start-of-frame marker; the file must end with EOI.
fn jpeg(b: &[u8]) -> Result<ImageInfo, String> {
    let damaged = || "The JPEG file is damaged or incomplete.".to_owned();
    if !b.ends_with(&[0xff, 0xd9]) {
        return Err(damaged());
    }
    let mut at = 2;
    loop {
        if b.get(at) != Some(&0xff) {
            return Err(damaged());
        }
        let marker = *b.get(at + 1).ok_or_else(damaged)?;
        if marker == 0xff {
            at += 1; // fill byte
            continue;
        }
        if marker == 0xd8 || (0xd0..=0xd7).contains(&marker) || marker == 0x01 {
            at += 2;
            continue;
        }
        let len = usize::from(be16(b, at + 2).ok_or_else(damaged)?);
        let is_sof = (0xc0..=0xcf).contains(&marker) && ![0xc4, 0xc8, 0xcc].contains(&marker);
        if is_sof {
            let height = u32::from(be16(b, at + 5).ok_or_else(damaged)?);
            let width = u32::from(be16(b, at + 7).ok_or_else(damaged)?);
            if width == 0 || height == 0 {
                return Err("The JPEG image has a width or height of zero.".into());
            }
            return Ok(ImageInfo {
                format: "jpg",
                width,
                height,
            });
        }
        if marker == 0xd9 || marker == 0xda || len < 2 {
            return Err(damaged());
        }
        at += 2 + len;
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A structurally valid PNG of the given size (IDAT content is not decoded).
    pub fn png_bytes(w: u32, h: u32) -> Vec<u8> {
        let mut out = PNG_SIGNATURE.to_vec();
        let mut chunk = |kind: &[u8], data: &[u8]| {
            out.extend_from_slice(&(data.len() as u32).to_be_bytes());
            out.extend_from_slice(kind);
            out.extend_from_slice(data);
            out.extend_from_slice(&[0, 0, 0, 0]);
        };
        let mut ihdr = Vec::new();
        ihdr.extend_from_slice(&w.to_be_bytes());
        ihdr.extend_from_slice(&h.to_be_bytes());
        ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
        chunk(b"IHDR", &ihdr);
        chunk(b"IDAT", &[0u8; 100]);
        chunk(b"IEND", &[]);
        out
    }

    #[test]
    fn png_sizes_and_damage() {
        let p = png_bytes(512, 256);
        assert_eq!(
            inspect(&p).unwrap(),
            ImageInfo {
                format: "png",
                width: 512,
                height: 256
            }
        );
        assert!(inspect(&p[..p.len() - 3]).is_err());
        let mut padded = p.clone();
        padded.push(0);
        assert!(inspect(&padded).is_err());
        assert!(inspect(&png_bytes(0, 5)).is_err());
        assert!(inspect(b"hello").is_err());
        assert!(inspect(&p[..20]).is_err());
    }

    #[test]
    fn jpeg_sizes() {
        // SOI, APP0 (len 4), SOF0 (len 11: precision, h=300, w=200, 1 component), EOI.
        let mut j = vec![0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00];
        j.extend_from_slice(&[
            0xff, 0xc0, 0x00, 0x0b, 0x08, 0x01, 0x2c, 0x00, 0xc8, 0x01, 0x01, 0x11, 0x00,
        ]);
        j.extend_from_slice(&[0xff, 0xd9]);
        assert_eq!(
            inspect(&j).unwrap(),
            ImageInfo {
                format: "jpg",
                width: 200,
                height: 300
            }
        );
        assert!(inspect(&j[..j.len() - 2]).is_err());
        assert!(inspect(&[0xff, 0xd8, 0xff, 0xd9]).is_err());
    }
}
