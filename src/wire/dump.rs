//! Field-by-field dumping of decoded values, by spec field name (used by `ropdump`).

use core::fmt;

use super::{DecodeCtx, LeArray, LeElem, List, Str8, Utf16Str};

/// Receives the fields of a value in wire order, named by their spec field names.
pub trait Dumper {
    /// An integer field, `width` bytes wide on the wire.
    fn int(&mut self, name: &str, value: u64, width: u8);
    /// A string field (printed quoted).
    fn text(&mut self, name: &str, value: &dyn fmt::Display);
    /// A UTF-16 string field, as its code units: a dumper that wants UTF-8 can convert
    /// it in bulk ([`Utf16Str::to_utf8_into`]); by default it is a [`Dumper::text`].
    fn utf16(&mut self, name: &str, value: &Utf16Str<'_>) {
        self.text(name, value);
    }
    /// A field printed as is (GUIDs, floats, symbolic values).
    fn raw(&mut self, name: &str, value: &dyn fmt::Display);
    /// A run of bytes.
    fn bytes(&mut self, name: &str, value: &[u8]);
    /// An array of fixed-width integers.
    fn ints(&mut self, name: &str, values: &mut dyn Iterator<Item = u64>, width: u8);
    /// Starts a nested structure or list, printed on the following lines.
    fn begin(&mut self, name: &str);
    /// Starts element `index` of the list begun last.
    fn begin_item(&mut self, index: usize);
    /// Ends the structure, list or element begun last.
    fn end(&mut self);
}

/// A value whose fields can be dumped.
pub trait Dump {
    /// Reports every wire field in order.
    fn dump(&self, d: &mut dyn Dumper);
}

/// A value that is one named field of an enclosing structure.
pub trait DumpField {
    /// Reports this field under `name`.
    fn dump_field(&self, name: &str, d: &mut dyn Dumper);
}

macro_rules! dump_int {
    ($($t:ty => $u:ty),*) => {$(
        impl DumpField for $t {
            fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
                d.int(name, u64::from(*self as $u), core::mem::size_of::<$t>() as u8);
            }
        }
    )*};
}
dump_int!(u8 => u8, u16 => u16, u32 => u32, u64 => u64, i16 => u16, i32 => u32, i64 => u64);

impl DumpField for bool {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.int(name, u64::from(*self), 1);
    }
}

impl<const N: usize> DumpField for [u8; N] {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.bytes(name, self);
    }
}

impl DumpField for &[u8] {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.bytes(name, self);
    }
}

impl DumpField for Utf16Str<'_> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.utf16(name, self);
    }
}

impl DumpField for Str8<'_> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.text(name, self);
    }
}

/// How an [`LeArray`] element reports itself inside an integer list.
pub trait DumpElem: LeElem {
    /// The element as an integer and its width in bytes.
    fn as_int(&self) -> (u64, u8);
}

macro_rules! dump_elem {
    ($($t:ty => $u:ty),*) => {$(
        impl DumpElem for $t {
            fn as_int(&self) -> (u64, u8) {
                (u64::from(*self as $u), core::mem::size_of::<$t>() as u8)
            }
        }
    )*};
}
dump_elem!(u16 => u16, u32 => u32, u64 => u64, i16 => u16, i32 => u32, i64 => u64);

impl<T: DumpElem> DumpField for LeArray<'_, T> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        let width = self.get(0).map_or(T::SIZE as u8, |e| e.as_int().1);
        d.ints(name, &mut self.iter().map(|e| e.as_int().0), width);
    }
}

impl<'a, T: DecodeCtx<'a, C> + Clone + Dump, C: Copy> DumpField for List<'a, T, C> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.begin(name);
        for (i, item) in self.iter().enumerate() {
            d.begin_item(i);
            item.dump(d);
            d.end();
        }
        d.end();
    }
}

impl<T: DumpField> DumpField for Option<T> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        if let Some(v) = self {
            v.dump_field(name, d);
        }
    }
}
