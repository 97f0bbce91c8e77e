//! The declaration macros, all in one place: `code_set!` for open code sets,
//! `wire_struct!` for fixed layouts (with the field forms of [`crate::wire::form`]),
//! `list_item!` and `flags_codec!`. The ROP table itself is `rop_table!` in
//! `rop_table.rs`; its rows are expanded by `rop_ids!` (in `codes`) and `rop_enums!`
//! (in `rop`).

/// Declares an open code set: a newtype over an integer, one constant per spec value, the
/// spec names, `ALL`, and a `Debug` that prints the name (or the number when unknown).
/// Unknown values are kept as they are.
///
/// ```text
/// code_set! {
///     /// A property data type code ([MS-OXCDATA] 2.11.1).
///     pub struct PropertyType(u16);
///     /// `PtypInteger16` ([MS-OXCDATA] 2.11.1).
///     PtypInteger16 = 0x0002 => "PtypInteger16";
/// }
/// ```
macro_rules! code_set {
    (
        $(#[$meta:meta])*
        pub struct $name:ident($int:ty);
        $(
            $(#[$cmeta:meta])*
            $const:ident = $v:literal => $text:expr;
        )*
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
        pub struct $name(pub $int);

        #[allow(non_upper_case_globals)]
        impl $name {
            $( $(#[$cmeta])* pub const $const: $name = $name($v); )*

            /// Every value the spec defines, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$const),*];

            /// The spec name of the value, or `None` when the spec does not define it.
            pub const fn name(self) -> Option<&'static str> {
                match self.0 {
                    $($v => Some($text),)*
                    _ => None,
                }
            }
        }

        impl core::fmt::Debug for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                let width = 2 * core::mem::size_of::<$int>();
                match self.name() {
                    Some(n) => write!(f, "{n}(0x{:0width$X})", self.0),
                    None => write!(f, "{}(0x{:0width$X})", stringify!($name), self.0),
                }
            }
        }
    };
}

/// A field's form: the declared one, or [`crate::wire::Plain`].
macro_rules! form_of {
    () => {
        $crate::wire::Plain
    };
    ($form:ty) => {
        $form
    };
}

/// Declares a wire structure whose fields follow each other in order.
///
/// ```text
/// wire_struct! {
///     /// RopGetPropertiesSpecific request ([MS-OXCROPS] 2.2.8.3.1).
///     pub struct GetPropertiesSpecificRequest<'a> {
///         logon_id "LogonId": u8,
///         input_handle_index "InputHandleIndex": u8,
///         property_size_limit "PropertySizeLimit": u16,
///         want_unicode "WantUnicode": u16,
///         property_tags "PropertyTagCount PropertyTags": LeArray<'a, PropertyTag> as Count<u16>,
///     }
/// }
/// ```
///
/// Each field is `rust_name "SpecNames": Type` or `rust_name "SpecNames": Type as Form`, in
/// wire order; the forms (count, size, absent-when-zero size, rest of input) are in
/// [`crate::wire::form`]. The spec string names every wire field the declaration covers,
/// outermost first. A borrowing structure names its lifetime `'a`. The one declaration
/// gives the struct, `Decode`, `Encode`, `Dump`/`DumpField` by spec name and, with the
/// `proptest` feature, an `Arb` strategy. There is no cap on the number of fields.
macro_rules! wire_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident $(<$lt:lifetime>)? {
            $( $field:ident $spec:literal : $ty:ty $(as $form:ty)? ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name $(<$lt>)? {
            $(
                #[doc = concat!("`", $spec, "`.")]
                pub $field: $ty,
            )+
        }

        impl<'a> $crate::wire::Decode<'a> for $name $(<$lt>)? {
            #[inline]
            fn decode(input: &'a [u8]) -> $crate::wire::PResult<'a, Self> {
                $(
                    let (input, $field) =
                        <form_of!($($form)?) as $crate::wire::Form<'a, $ty>>::decode(input, $spec)?;
                )+
                Ok((input, $name { $($field),+ }))
            }
        }

        impl $(<$lt>)? $crate::wire::Encode for $name $(<$lt>)? {
            #[inline]
            fn encoded_len(&self) -> usize {
                0 $( + <form_of!($($form)?) as $crate::wire::Form<'_, $ty>>::encoded_len(&self.$field) )+
            }

            #[inline]
            fn encode(&self, w: &mut $crate::wire::Writer<'_>) -> Result<(), $crate::error::EncodeError> {
                $( <form_of!($($form)?) as $crate::wire::Form<'_, $ty>>::encode(&self.$field, w, $spec)?; )+
                Ok(())
            }
        }

        impl $(<$lt>)? $crate::wire::Dump for $name $(<$lt>)? {
            fn dump(&self, d: &mut dyn $crate::wire::Dumper) {
                $( <form_of!($($form)?) as $crate::wire::Form<'_, $ty>>::dump(&self.$field, $spec, d); )+
            }
        }

        impl $(<$lt>)? $crate::wire::DumpField for $name $(<$lt>)? {
            fn dump_field(&self, name: &str, d: &mut dyn $crate::wire::Dumper) {
                d.begin(name);
                $crate::wire::Dump::dump(self, d);
                d.end();
            }
        }

        #[cfg(feature = "proptest")]
        impl<'a> $crate::arbitrary::Arb<'a> for $name $(<$lt>)? {
            fn arb() -> impl ::proptest::strategy::Strategy<Value = Self> {
                use ::proptest::strategy::Strategy;
                nest!( $( <$ty as $crate::arbitrary::Arb<'a>>::arb() ),+ )
                    .prop_map(|nest_pat!( $($field),+ )| $name { $($field),+ })
            }
        }
    };
}

#[cfg_attr(not(feature = "proptest"), allow(unused_macros))]
/// Right-nested pairs `(a, (b, c))`, as an expression or a pattern: tuple strategies
/// stop at 12 elements, nested pairs do not.
macro_rules! nest {
    ($last:expr) => { $last };
    ($head:expr $(, $rest:expr)+) => { ($head, nest!($($rest),+)) };
}

#[cfg_attr(not(feature = "proptest"), allow(unused_macros))]
/// The pattern that matches [`nest!`]'s pairs, binding each name.
macro_rules! nest_pat {
    ($last:ident) => { $last };
    ($head:ident $(, $rest:ident)+) => { ($head, nest_pat!($($rest),+)) };
}

/// Makes types that decode on their own elements of a [`crate::wire::List`], with the
/// fewest bytes one element takes: `list_item!(PropertyProblem = 10, Str8<'a> = 1)`.
macro_rules! list_item {
    ($($t:ident $(<$lt:lifetime>)? = $min:literal),* $(,)?) => {$(
        impl<'a> $crate::wire::DecodeCtx<'a, ()> for $t $(<$lt>)? {
            #[inline]
            fn decode_ctx(input: &'a [u8], _: ()) -> $crate::wire::PResult<'a, Self> {
                <Self as $crate::wire::Decode<'a>>::decode(input)
            }
        }
        impl<'a> $crate::wire::ListItem<'a> for $t $(<$lt>)? {
            const MIN_SIZE: usize = $min;
        }
    )*};
}

/// Gives `bitflags` types (declared with `const _ = !0` so unknown bits are kept) their
/// little-endian `Decode`, `Encode`, `DumpField` and proptest strategy:
/// `flags_codec!(RpcFlags: u16, 2, le_u16; EcDoRpcExt2Flags: u32, 4, le_u32);`
macro_rules! flags_codec {
    ($($t:ident: $int:ty, $width:literal, $read:ident);* $(;)?) => {$(
        impl<'a> $crate::wire::Decode<'a> for $t {
            #[inline]
            fn decode(input: &'a [u8]) -> $crate::wire::PResult<'a, Self> {
                $crate::wire::$read(input).map(|(r, v)| (r, $t::from_bits_retain(v)))
            }
        }

        impl $crate::wire::Encode for $t {
            #[inline]
            fn encoded_len(&self) -> usize {
                $width
            }
            #[inline]
            fn encode(&self, w: &mut $crate::wire::Writer<'_>) -> Result<(), $crate::error::EncodeError> {
                w.put_bytes(&self.bits().to_le_bytes())
            }
        }

        impl $crate::wire::DumpField for $t {
            fn dump_field(&self, name: &str, d: &mut dyn $crate::wire::Dumper) {
                d.int(name, u64::from(self.bits()), $width);
            }
        }

        #[cfg(feature = "proptest")]
        impl<'a> $crate::arbitrary::Arb<'a> for $t {
            fn arb() -> impl ::proptest::strategy::Strategy<Value = Self> {
                use ::proptest::strategy::Strategy;
                ::proptest::prelude::any::<$int>().prop_map($t::from_bits_retain)
            }
        }
    )*};
}
