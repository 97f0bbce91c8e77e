//! proptest strategies for every wire value (feature `proptest`; tests only).
//!
//! Values that borrow (`Utf16Str<'a>`, `List<'a, T>`, …) are built from leaked test data,
//! which is acceptable in tests and keeps one value type for decoding and encoding.

extern crate std;

use std::boxed::Box;
use std::string::String;
use std::vec::Vec;

use proptest::collection::vec;
use proptest::prelude::*;

use crate::wire::{DecodeCtx, LeArray, LeElem, List, Str8, Utf16Str};

/// A value with a proptest strategy covering every encodable form.
pub trait Arb<'a>: Sized + core::fmt::Debug {
    /// The strategy.
    fn arb() -> impl Strategy<Value = Self>;
}

/// Leaks a vector for the lifetime `'a` (tests only).
pub fn leak<'a, T: 'a>(v: Vec<T>) -> &'a [T] {
    v.leak()
}

/// Leaks a string for the lifetime `'a` (tests only).
pub fn leak_str<'a>(s: String) -> &'a str {
    Box::leak(s.into_boxed_str())
}

macro_rules! arb_any {
    ($($t:ty),*) => {$(
        impl<'a> Arb<'a> for $t {
            fn arb() -> impl Strategy<Value = Self> { any::<$t>() }
        }
    )*};
}
arb_any!(u8, u16, u32, u64, i16, i32, i64, bool);

impl<'a, const N: usize> Arb<'a> for [u8; N]
where
    [u8; N]: Arbitrary,
{
    fn arb() -> impl Strategy<Value = Self> {
        any::<[u8; N]>()
    }
}

impl<'a> Arb<'a> for &'a [u8] {
    fn arb() -> impl Strategy<Value = Self> {
        vec(any::<u8>(), 0..24).prop_map(leak)
    }
}

/// Strings without U+0000, as NUL-terminated wire strings require.
pub fn text() -> impl Strategy<Value = String> {
    "[^\u{0}]{0,12}"
}

impl<'a> Arb<'a> for Utf16Str<'a> {
    fn arb() -> impl Strategy<Value = Self> {
        text().prop_map(|s| Utf16Str::Str(leak_str(s)))
    }
}

impl<'a> Arb<'a> for Str8<'a> {
    fn arb() -> impl Strategy<Value = Self> {
        vec(1u8..=255, 0..16).prop_map(|v| Str8(leak(v)))
    }
}

impl<'a, T: LeElem + Arb<'a> + 'a> Arb<'a> for LeArray<'a, T>
where
    T: core::fmt::Debug,
{
    fn arb() -> impl Strategy<Value = Self> {
        vec(T::arb(), 0..6).prop_map(|v| LeArray::Slice(leak(v)))
    }
}

impl<'a, T: DecodeCtx<'a, C> + Arb<'a> + Clone + 'a, C: Copy + core::fmt::Debug> Arb<'a>
    for List<'a, T, C>
{
    fn arb() -> impl Strategy<Value = Self> {
        vec(T::arb(), 0..4).prop_map(|v| List::Items(leak(v)))
    }
}

impl<'a, T: Arb<'a>> Arb<'a> for Option<T> {
    fn arb() -> impl Strategy<Value = Self> {
        proptest::option::of(T::arb())
    }
}

/// Leaks one value for the lifetime `'a` (tests only).
pub fn leak_one<'a, T: 'a>(v: T) -> &'a T {
    Box::leak(Box::new(v))
}

impl<'a, T: Arb<'a> + crate::wire::Decode<'a> + Clone + 'a> Arb<'a> for crate::wire::View<'a, T> {
    fn arb() -> impl Strategy<Value = Self> {
        T::arb().prop_map(|v| crate::wire::View::Value(leak_one(v)))
    }
}
