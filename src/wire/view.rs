//! Zero-copy views of fixed-size structures: the wire bytes, decoded when read
//! (DESIGN §8: big, rarely read fixed blocks stay small in the ROP enums).

use core::fmt;

use super::{Decode, Dump, DumpField, Dumper, Encode, PResult, Writer};
use crate::error::EncodeError;

/// A structure kept as its validated wire bytes until read, or a caller's value to encode
/// (e.g. RopLogon's success fields, [MS-OXCROPS] 2.2.3.1.2).
#[derive(Clone, Copy)]
pub enum View<'a, T> {
    /// The structure's wire bytes, validated when decoded.
    Wire(&'a [u8]),
    /// A caller's value.
    Value(&'a T),
}

impl<'a, T: Decode<'a> + Clone> View<'a, T> {
    /// The structure's fields. Always `Some` for decoded views and caller values.
    pub fn get(&self) -> Option<T> {
        match self {
            View::Wire(b) => T::parse(b).ok().map(|(_, v)| v),
            View::Value(v) => Some((*v).clone()),
        }
    }
}

impl<'a, T: Decode<'a>> Decode<'a> for View<'a, T> {
    #[inline]
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        let (rest, _) = T::parse(input)?;
        let used = input.len() - rest.len();
        Ok((rest, View::Wire(input.get(..used).unwrap_or_default())))
    }
}

impl<T: Encode> Encode for View<'_, T> {
    fn encoded_len(&self) -> usize {
        match self {
            View::Wire(b) => b.len(),
            View::Value(v) => v.encoded_len(),
        }
    }

    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        match self {
            View::Wire(b) => w.put_bytes(b),
            View::Value(v) => v.encode(w),
        }
    }
}

impl<'a, T: Decode<'a> + Clone + PartialEq> PartialEq for View<'a, T> {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

impl<'a, T: Decode<'a> + Clone + fmt::Debug> fmt::Debug for View<'a, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.get() {
            Some(v) => v.fmt(f),
            None => f.write_str("View(invalid)"),
        }
    }
}

impl<'a, T: Decode<'a> + Clone + Dump> Dump for View<'a, T> {
    fn dump(&self, d: &mut dyn Dumper) {
        if let Some(v) = self.get() {
            v.dump(d);
        }
    }
}

impl<'a, T: Decode<'a> + Clone + DumpField> DumpField for View<'a, T> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        if let Some(v) = self.get() {
            v.dump_field(name, d);
        }
    }
}
