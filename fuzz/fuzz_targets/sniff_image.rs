//! Any bytes as an image file: format and size sniffing, and the checks of
//! `ImageFile::from_bytes`.
#![no_main]

use asc_core::ImageFile;
use asc_core::__private::sniff_image;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some((format, w, h)) = sniff_image(data) {
        assert!(format == "png" || format == "jpeg");
        if format == "jpeg" {
            assert!(w <= 0xffff && h <= 0xffff);
        }
    }
    if let Ok(file) = ImageFile::from_bytes("fuzz.png", data.to_vec()) {
        assert!(file.width > 0 && file.height > 0);
    }
});
