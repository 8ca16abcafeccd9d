//! The zip's members, opened one at a time and metered as they inflate: size, ratio and
//! checksum, never held whole.

use std::io::{Cursor, Read};

use super::*;
use digiready_model::release::manifest::{Manifest, MANIFEST, SCHEMA};

/// A member's bytes as they inflate, counted against its limits and hashed, so that a member
/// is checked without being held whole.
pub(super) struct Metered<R> {
    inner: R,
    read: u64,
    limit: u64,
    ratio_limit: u64,
    hasher: sha2::Sha256,
    /// Which limit stopped the reading, if one did.
    tripped: std::rc::Rc<std::cell::Cell<Option<Trip>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Trip {
    TooLarge,
    Ratio,
}

impl<R: Read> Read for Metered<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use sha2::Digest;
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        let trip = if self.read > self.limit {
            Some(Trip::TooLarge)
        } else if self.read > self.ratio_limit {
            Some(Trip::Ratio)
        } else {
            None
        };
        if let Some(t) = trip {
            self.tripped.set(Some(t));
            return Err(std::io::Error::other("a size limit was reached"));
        }
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// Opens a member for streaming: checks its name and method, and meters it.
pub(super) type Tripped = std::rc::Rc<std::cell::Cell<Option<Trip>>>;

/// A member of a zip held in memory, metered as it inflates.
pub(super) type MemberReader<'a, 'b> = Metered<zip::read::ZipFile<'a, Cursor<&'b [u8]>>>;

pub(super) fn open_member<'a, 'b>(
    zip: &'a mut zip::ZipArchive<Cursor<&'b [u8]>>,
    name: &str,
    limits: &Limits,
) -> Result<(MemberReader<'a, 'b>, Tripped), ImportError> {
    use sha2::Digest;
    let file = zip.by_name(name).map_err(|e| match e {
        zip::result::ZipError::FileNotFound => ImportError::MissingMember(name.to_string()),
        e => ImportError::NotAZip(e.to_string()),
    })?;
    if file.encrypted()
        || !matches!(
            file.compression(),
            zip::CompressionMethod::Stored | zip::CompressionMethod::Deflated
        )
    {
        return Err(ImportError::Unsupported {
            name: name.to_string(),
        });
    }
    let limit = if name == MANIFEST || name == SCHEMA {
        limits.manifest_bytes
    } else {
        limits.member_bytes
    };
    let ratio_limit = file
        .compressed_size()
        .max(1024)
        .saturating_mul(limits.max_ratio);
    let tripped = std::rc::Rc::new(std::cell::Cell::new(None));
    Ok((
        Metered {
            inner: file,
            read: 0,
            limit,
            ratio_limit,
            hasher: sha2::Sha256::new(),
            tripped: tripped.clone(),
        },
        tripped,
    ))
}

/// The error for a member whose reading failed: the limit it reached, or the damage.
pub(super) fn member_error(
    name: &str,
    limits: &Limits,
    tripped: &std::cell::Cell<Option<Trip>>,
    e: &std::io::Error,
) -> ImportError {
    match tripped.get() {
        Some(Trip::TooLarge) => ImportError::MemberTooLarge {
            name: name.to_string(),
            limit: if name == MANIFEST || name == SCHEMA {
                limits.manifest_bytes
            } else {
                limits.member_bytes
            },
        },
        Some(Trip::Ratio) => ImportError::CompressionBomb {
            name: name.to_string(),
            ratio: limits.max_ratio,
        },
        None => ImportError::NotAZip(format!("{name}: {e}")),
    }
}

/// A small member (the manifest, SCHEMA.md) read whole, with its SHA-256.
pub(super) fn small_member(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    limits: &Limits,
) -> Result<(Vec<u8>, String), ImportError> {
    use sha2::Digest;
    let (mut m, tripped) = open_member(zip, name, limits)?;
    let mut bytes = Vec::new();
    m.read_to_end(&mut bytes)
        .map_err(|e| member_error(name, limits, &tripped, &e))?;
    let hash = digiready_model::digest::hex(&m.hasher.finalize());
    Ok((bytes, hash))
}

/// Checks a streamed member against what the manifest lists for it.
pub(super) fn listed_matches(
    manifest: &Manifest,
    name: &str,
    bytes: u64,
    sha256: &str,
) -> Result<(), ImportError> {
    let listed = manifest
        .members
        .iter()
        .find(|m| m.name == name)
        .ok_or_else(|| ImportError::BadManifest(format!("{name} is not listed")))?;
    if listed.bytes != bytes || listed.sha256 != sha256 {
        return Err(ImportError::Checksum {
            name: name.to_string(),
        });
    }
    Ok(())
}

/// Inflates a member once to check its size and SHA-256 against the manifest, holding nothing.
pub(super) fn verify_member(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &'static str,
    limits: &Limits,
    manifest: &Manifest,
) -> Result<(), ImportError> {
    use sha2::Digest;
    let (mut m, tripped) = open_member(zip, name, limits)?;
    std::io::copy(&mut m, &mut std::io::sink())
        .map_err(|e| member_error(name, limits, &tripped, &e))?;
    let read = m.read;
    listed_matches(
        manifest,
        name,
        read,
        &digiready_model::digest::hex(&m.hasher.finalize()),
    )
}

/// Parses a CSV member as it inflates (a second time, after [`verify_member`]).
pub(super) fn csv_member<T>(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &'static str,
    limits: &Limits,
    parse: impl FnOnce(
        &mut dyn std::io::BufRead,
        &dyn Fn(std::io::Error) -> ImportError,
    ) -> Result<T, ImportError>,
) -> Result<T, ImportError> {
    let (mut m, tripped) = open_member(zip, name, limits)?;
    let io_error = |e: std::io::Error| member_error(name, limits, &tripped, &e);
    let mut reader = std::io::BufReader::new(&mut m);
    parse(&mut reader, &io_error)
}
