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
    /// An integer field with its name in the spec's code set or flag set (a PidTag name, an
    /// error code name, flag names); by default a plain [`Dumper::int`]. `label` is computed
    /// when it is formatted, and may print nothing (no name).
    fn labelled(&mut self, name: &str, value: u64, width: u8, label: &dyn fmt::Display) {
        let _ = label;
        self.int(name, value, width);
    }
    /// A folder, message or change number ([MS-OXCDATA] 2.2.1.1), its 8 wire bytes read as
    /// a little-endian `u64`; by default a plain [`Dumper::int`].
    fn id(&mut self, name: &str, value: u64) {
        self.int(name, value, 8);
    }
    /// An array of folder, message or change numbers ([MS-OXCDATA] 2.2.1.1); by default
    /// their 8-byte values through [`Dumper::ints`].
    /// `values` are the ids' 8 wire bytes read as a little-endian `u64`.
    fn ids(&mut self, name: &str, values: &mut dyn Iterator<Item = u64>) {
        self.ints(name, values, 8, no_names);
    }
    /// An array of fixed-width integers; `names` gives a value's name in its code set
    /// (e.g. a PidTag name), looked up only by a dumper that prints it.
    fn ints(&mut self, name: &str, values: &mut dyn Iterator<Item = u64>, width: u8, names: Namer);
    /// Starts a nested structure or list, printed on the following lines.
    fn begin(&mut self, name: &str);
    /// Starts element `index` of the list begun last.
    fn begin_item(&mut self, index: usize);
    /// Ends the structure, list or element begun last.
    fn end(&mut self);
}

/// Names an integer of a code set for [`Dumper::ints`]: its spec name, if it has one
/// (e.g. a PidTag name, [MS-OXPROPS] 2).
pub type Namer = fn(u64) -> Option<&'static str>;

/// The [`Namer`] of integers that have no names.
pub fn no_names(_: u64) -> Option<&'static str> {
    None
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
    /// The name of an element, given as its integer, in its code set (e.g. a PidTag
    /// name), if it has one.
    fn name_of(value: u64) -> Option<&'static str> {
        let _ = value;
        None
    }
    /// Reports an array of such elements under `name`: by default as integers with their
    /// names ([`Dumper::ints`]).
    fn dump_all(items: &mut dyn Iterator<Item = Self>, width: u8, name: &str, d: &mut dyn Dumper)
    where
        Self: Sized,
    {
        d.ints(name, &mut items.map(|e| e.as_int().0), width, Self::name_of);
    }
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
        T::dump_all(&mut self.iter(), width, name, d);
    }
}

impl<'a, T: DecodeCtx<'a, C> + Dump, C: Copy> DumpField for List<'a, T, C> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.begin(name);
        self.for_each_ref(|i, item| {
            d.begin_item(i);
            item.dump(d);
            d.end();
        });
        d.end();
    }
}

/// The names of the flags set in a `bitflags` value, `|`-separated, then any bits without
/// a name in hex: what a dissector prints after a flag field's number.
pub struct FlagNames<F>(pub F);

impl<F: bitflags::Flags + Copy> fmt::Display for FlagNames<F>
where
    F::Bits: fmt::UpperHex + PartialEq,
{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut sep = "";
        for (name, _) in self.0.iter_names() {
            write!(f, "{sep}{name}")?;
            sep = "|";
        }
        // The bits no named flag covers (`from_bits_truncate` keeps them all: the types
        // declare `const _ = !0` so that unknown bits survive a round trip).
        let named = F::FLAGS
            .iter()
            .filter(|flag| !flag.name().is_empty())
            .fold(F::empty(), |acc, flag| {
                acc.union(F::from_bits_retain(flag.value().bits()))
            });
        let unnamed = self.0.difference(named);
        if !unnamed.is_empty() {
            write!(f, "{sep}0x{:X}", unnamed.bits())?;
        }
        Ok(())
    }
}

impl<T: DumpField> DumpField for Option<T> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        if let Some(v) = self {
            v.dump_field(name, d);
        }
    }
}
