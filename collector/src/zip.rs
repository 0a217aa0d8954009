//! A zip archive of files stored as they are (no compression): what a contact downloads as the
//! invitation set. Small text files, so storing costs little, and every unzip tool and
//! operating system opens it. The format is PKWARE's APPNOTE: a local header before each file,
//! a central directory after them, and the end record.

/// `(path inside the archive, bytes)` to one zip archive. Paths use `/`.
pub fn stored(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut archive = Vec::new();
    let mut directory = Vec::new();
    for (name, bytes) in files {
        let offset = archive.len() as u32;
        let crc = crc32fast::hash(bytes);
        let size = bytes.len() as u32;
        let header = |signature: u32, central: bool| {
            let mut h = Vec::new();
            h.extend(signature.to_le_bytes());
            if central {
                h.extend(20u16.to_le_bytes()); // made by: version 2.0
            }
            h.extend(20u16.to_le_bytes()); // needed to extract: 2.0
            h.extend(0x0800u16.to_le_bytes()); // flags: names are UTF-8
            h.extend(0u16.to_le_bytes()); // method: stored
            h.extend(0u16.to_le_bytes()); // time: none (00:00)
            h.extend(0x0021u16.to_le_bytes()); // date: 1980-01-01, no day of ours in the file
            h.extend(crc.to_le_bytes());
            h.extend(size.to_le_bytes());
            h.extend(size.to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes()); // extra field length
            if central {
                h.extend(0u16.to_le_bytes()); // comment length
                h.extend(0u16.to_le_bytes()); // disk number
                h.extend(0u16.to_le_bytes()); // internal attributes
                h.extend(0u32.to_le_bytes()); // external attributes
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            h
        };
        archive.extend(header(0x0403_4b50, false));
        archive.extend(bytes);
        directory.extend(header(0x0201_4b50, true));
    }
    let directory_offset = archive.len() as u32;
    let directory_size = directory.len() as u32;
    archive.extend(directory);
    archive.extend(0x0605_4b50u32.to_le_bytes());
    archive.extend(0u16.to_le_bytes()); // this disk
    archive.extend(0u16.to_le_bytes()); // disk with the directory
    archive.extend((files.len() as u16).to_le_bytes());
    archive.extend((files.len() as u16).to_le_bytes());
    archive.extend(directory_size.to_le_bytes());
    archive.extend(directory_offset.to_le_bytes());
    archive.extend(0u16.to_le_bytes()); // comment length
    archive
}

#[cfg(test)]
mod tests {
    /// Python's zipfile, an independent reader, opens the archive and checks every CRC.
    #[test]
    fn an_independent_reader_opens_every_file_intact() {
        let files = vec![
            ("nb/page.html".to_owned(), "<p>Hei</p>".as_bytes().to_vec()),
            ("ar/sms.txt".to_owned(), "مرحبا".as_bytes().to_vec()),
            ("index.html".to_owned(), Vec::new()),
        ];
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("set.zip");
        std::fs::write(&path, super::stored(&files)).unwrap();
        let script = "import sys, zipfile\n\
            z = zipfile.ZipFile(sys.argv[1])\n\
            assert z.testzip() is None\n\
            for i in z.infolist(): print(i.filename, z.read(i).decode())";
        let output = std::process::Command::new("python3")
            .args(["-c", script])
            .arg(&path)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(
            String::from_utf8(output.stdout).unwrap(),
            "nb/page.html <p>Hei</p>\nar/sms.txt مرحبا\nindex.html \n"
        );
    }
}
