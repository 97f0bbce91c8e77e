//! The declaration macros, all in one place: `code_set!` for open code sets,
//! `wire_struct!` for fixed layouts (with the field forms of [`crate::wire::form`]),
//! `list_item!`, `flags_codec!` and `code_codec!`. The ROP table itself is `rop_table!` in
//! `rop_table.rs`; its rows are expanded by `rop_ids!` (in `codes`) and `rop_enums!`
//! (in `rop`).

/// Declares an open code set: a newtype over an integer, one constant per spec value, the
/// spec names, `ALL`, and a `Debug` that prints the name (or the number when unknown).
/// Unknown values are kept as they are. With `arbitrary`, values come half from `ALL`.
///
/// ```text
/// code_set! {
///     /// A property data type code ([MS-OXCDATA] 2.11.1).
///     pub struct PropertyType(u16);
///     /// `PtypInteger16` ([MS-OXCDATA] 2.11.1).
///     PtypInteger16 = 0x0002;
///     /// `NotFound` ([MS-OXCDATA] 2.4): printed `ecNotFound`, a name other than the constant's.
///     NOT_FOUND = 0x8004_010F => "ecNotFound";
/// }
/// ```
macro_rules! code_set {
    (
        $(#[$meta:meta])*
        pub struct $name:ident($int:ty);
        $(
            $(#[$cmeta:meta])*
            $const:ident = $v:literal $(=> $text:expr)?;
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
                    $($v => Some(code_name!($const $(, $text)?)),)*
                    _ => None,
                }
            }
        }

        /// A value the spec defines half the time, any value otherwise (feature `arbitrary`).
        #[cfg(feature = "arbitrary")]
        impl<'a> ::arbitrary::Arbitrary<'a> for $name {
            fn arbitrary(u: &mut ::arbitrary::Unstructured<'a>) -> ::arbitrary::Result<Self> {
                if u.arbitrary::<bool>()?
                    && let Ok(v) = u.choose($name::ALL)
                {
                    return Ok(*v);
                }
                Ok($name(u.arbitrary()?))
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

/// A code's spec name: the given text, or the constant's own name.
macro_rules! code_name {
    ($const:ident) => {
        stringify!($const)
    };
    ($const:ident, $text:expr) => {
        $text
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
/// `proptest` feature, an `Arb` strategy (a field may give its own with `=> strategy`);
/// with `arbitrary`, an `Arbitrary` impl generating each field by its form
/// ([`crate::structured::ArbitraryForm`]). There is no cap on the number of fields.
macro_rules! wire_struct {
    (@arb $ty:ty) => { <$ty as $crate::arbitrary::Arb<'a>>::arb() };
    (@arb $ty:ty, $strat:expr) => { $strat };
    (
        $(#[$meta:meta])*
        pub struct $name:ident $(<$lt:lifetime>)? {
            $( $field:ident $spec:literal : $ty:ty $(as $form:ty)? $(=> $strat:expr)? ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub struct $name $(<$lt>)? {
            $(
                #[doc = concat!("`", $spec, "`.")]
                pub $field: $ty,
            )+
        }

        impl<'a> $crate::wire::Decode<'a> for $name $(<$lt>)? {
            #[inline(always)]
            fn parse(input: &'a [u8]) -> $crate::wire::PResult<'a, Self> {
                // Every field of fixed size: one bounds check for all of them (the sum is
                // a constant, so the branch folds away in other structures). A field that
                // does not read (an invalid value) falls back to the field-by-field parse,
                // which reports it at its offset.
                if let Some(n) = $crate::wire::form::fixed_total(&[
                    $( <form_of!($($form)?) as $crate::wire::Form<'a, $ty>>::FIXED_SIZE ),+
                ]) && let Some((head, rest)) = input.split_at_checked(n)
                {
                    let mut at = 0usize;
                    $(
                        let $field = head
                            .get(at..)
                            .and_then(|b| {
                                let (r, v) = <form_of!($($form)?) as $crate::wire::Form<'a, $ty>>::parse(b, $spec).ok()?;
                                // The offsets above come from `FIXED_SIZE`: a size that
                                // disagrees with the parser fails every test build.
                                debug_assert_eq!(
                                    Some(b.len().saturating_sub(r.len())),
                                    <form_of!($($form)?) as $crate::wire::Form<'a, $ty>>::FIXED_SIZE,
                                    "FIXED_SIZE of `{}` differs from what its parser reads",
                                    $spec
                                );
                                Some(v)
                            });
                        at += <form_of!($($form)?) as $crate::wire::Form<'a, $ty>>::FIXED_SIZE.unwrap_or(0);
                    )+
                    let _ = at;
                    #[allow(unused_parens)]
                    if let ($(Some($field)),+) = ($($field),+) {
                        return Ok((rest, $name { $($field),+ }));
                    }
                }
                $(
                    let (input, $field) =
                        <form_of!($($form)?) as $crate::wire::Form<'a, $ty>>::parse(input, $spec)?;
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
                $( w.local(|w| <form_of!($($form)?) as $crate::wire::Form<'_, $ty>>::encode(&self.$field, w, $spec))?; )+
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
                nest!( $( wire_struct!(@arb $ty $(, $strat)?) ),+ )
                    .prop_map(|nest_pat!( $($field),+ )| $name { $($field),+ })
            }
        }

        /// Field by field, each as its form generates it (feature `arbitrary`); only where
        /// every form has a generator ([`crate::structured::ArbitraryForm`]).
        #[cfg(feature = "arbitrary")]
        impl<'a> ::arbitrary::Arbitrary<'a> for $name $(<$lt>)?
        where
            $( form_of!($($form)?): $crate::wire::structured::ArbitraryForm<'a, $ty>, )+
        {
            fn arbitrary(u: &mut ::arbitrary::Unstructured<'a>) -> ::arbitrary::Result<Self> {
                $(
                    let $field =
                        <form_of!($($form)?) as $crate::wire::structured::ArbitraryForm<'a, $ty>>::arbitrary(u)?;
                )+
                Ok($name { $($field),+ })
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
            fn parse_ctx(input: &'a [u8], _: ()) -> $crate::wire::PResult<'a, Self> {
                <Self as $crate::wire::Decode<'a>>::parse(input)
            }
        }
        impl<'a> $crate::wire::ListItem<'a> for $t $(<$lt>)? {
            const MIN_SIZE: usize = $min;
        }
    )*};
}

/// Gives `bitflags` types (declared with `const _ = !0` so unknown bits are kept) their
/// little-endian `Decode`, `Encode`, `DumpField`, proptest strategy and `Arbitrary` impl:
/// `flags_codec!(RpcFlags: u16, 2, le_u16; EcDoRpcExt2Flags: u32, 4, le_u32);`
macro_rules! flags_codec {
    ($($t:ident: $int:ty, $width:literal, $read:ident);* $(;)?) => {$(
        impl<'a> $crate::wire::Decode<'a> for $t {
            const FIXED_SIZE: Option<usize> = Some($width);
            #[inline]
            fn parse(input: &'a [u8]) -> $crate::wire::PResult<'a, Self> {
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
                if self.is_empty() {
                    d.int(name, u64::from(self.bits()), $width);
                } else {
                    d.labelled(name, u64::from(self.bits()), $width, &$crate::wire::FlagNames(*self));
                }
            }
        }

        #[cfg(feature = "proptest")]
        impl<'a> $crate::arbitrary::Arb<'a> for $t {
            fn arb() -> impl ::proptest::strategy::Strategy<Value = Self> {
                use ::proptest::strategy::Strategy;
                ::proptest::prelude::any::<$int>().prop_map($t::from_bits_retain)
            }
        }

        /// Any bits, unknown ones kept (feature `arbitrary`).
        #[cfg(feature = "arbitrary")]
        impl<'a> ::arbitrary::Arbitrary<'a> for $t {
            fn arbitrary(u: &mut ::arbitrary::Unstructured<'a>) -> ::arbitrary::Result<Self> {
                Ok($t::from_bits_retain(u.arbitrary()?))
            }
        }
    )*};
}

/// Gives `code_set!` types their little-endian `Decode`, `Encode`, `DumpField` (the number,
/// then the spec name when known) and proptest strategy (a value the spec defines half the
/// time, any value otherwise: unknown codes are kept):
/// `code_codec!(TableStatus: u8, 1; ErrorCode: u32, 4);`.
macro_rules! code_codec {
    ($($t:ident: $int:ty, $n:literal);* $(;)?) => {$(
        impl<'a> $crate::wire::Decode<'a> for $t {
            const FIXED_SIZE: Option<usize> = Some($n);
            #[inline]
            fn parse(input: &'a [u8]) -> $crate::wire::PResult<'a, Self> {
                let (rest, b) = $crate::wire::take_array::<$n>(input)?;
                Ok((rest, $t(<$int>::from_le_bytes(b))))
            }
        }
        impl $crate::wire::Encode for $t {
            #[inline]
            fn encoded_len(&self) -> usize {
                $n
            }
            #[inline]
            fn encode(&self, w: &mut $crate::wire::Writer<'_>) -> Result<(), $crate::error::EncodeError> {
                w.put_bytes(&self.0.to_le_bytes())
            }
        }
        impl $crate::wire::DumpField for $t {
            fn dump_field(&self, name: &str, d: &mut dyn $crate::wire::Dumper) {
                match self.name() {
                    Some(label) => d.labelled(name, u64::from(self.0), $n, &label),
                    None => d.int(name, u64::from(self.0), $n),
                }
            }
        }
        #[cfg(feature = "proptest")]
        impl<'a> $crate::arbitrary::Arb<'a> for $t {
            fn arb() -> impl ::proptest::strategy::Strategy<Value = Self> {
                use ::proptest::strategy::Strategy;
                ::proptest::prop_oneof![
                    ::proptest::sample::select($t::ALL),
                    ::proptest::prelude::any::<$int>().prop_map($t),
                ]
            }
        }
    )*};
}

/// Declares an auxiliary block whose fixed part holds the offsets (and sizes) of variable
/// fields stored after it ([MS-OXCRPC] 2.2.2.2.4 and the other offset blocks).
///
/// ```text
/// aux_offset_block! {
///     /// AUX_PERF_SERVERINFO ([MS-OXCRPC] 2.2.2.2.5): the server the data belongs to.
///     pub struct AuxPerfServerInfo<'a>, fixed AuxPerfServerInfoFixed {
///         server_id "ServerID": u16,
///         server_type "ServerType": u16,
///         server_dn "ServerDN": Option<Utf16Str<'a>> as Offset(server_dn_offset "ServerDNOffset"),
///         mac "MacAddress": Option<&'a [u8]>
///             as SizeOffset(mac_size "MacAddressSize", mac_offset "MacAddressOffset"),
///     }
/// }
/// ```
///
/// Fields are listed in the order of the fixed part. A plain field `name "Spec": Type` sits
/// in the fixed part. `as Offset(raw "RawSpec")` is a NUL-terminated string (`Utf16Str` or
/// `Str8`) reached through a u16 offset from the start of the AUX_HEADER;
/// `as SizeOffset(size "SizeSpec", raw "RawSpec")` is a byte blob reached through a u16
/// size then a u16 offset. Offset 0 means absent (`None`). The one declaration gives the
/// block struct (with `wire`, the payload as decoded), the fixed part as a
/// [`wire_struct!`] named after `fixed` (the offsets and sizes as on the wire), the
/// `fixed()` accessor, `Decode` (liberal: any layout inside the block), `Encode` (the
/// decoded bytes while the fields are unchanged, else the canonical layout), `Dump`,
/// `DumpField`, equality ignoring `wire` and, with `proptest`, an `Arb` strategy. The
/// machinery it calls is in `rpc_ext::aux`.
macro_rules! aux_offset_block {
    // The fixed part: munch the fields into `name "Spec": Type` declarations and names.
    (@fixed $all:tt [$($decl:tt)*] [$($names:ident)*]) => {
        aux_offset_block!(@emit [$($decl)*] [$($names)*] $all);
    };
    (@fixed $all:tt [$($decl:tt)*] [$($names:ident)*]
        $field:ident $spec:literal : $ty:ty as Offset($off:ident $offspec:literal)
        $(, $($rest:tt)*)?
    ) => {
        aux_offset_block!(@fixed $all [$($decl)* $off $offspec: u16,] [$($names)* $off]
            $($($rest)*)?);
    };
    (@fixed $all:tt [$($decl:tt)*] [$($names:ident)*]
        $field:ident $spec:literal : $ty:ty
            as SizeOffset($size:ident $sizespec:literal, $off:ident $offspec:literal)
        $(, $($rest:tt)*)?
    ) => {
        aux_offset_block!(@fixed $all
            [$($decl)* $size $sizespec: u16, $off $offspec: u16,] [$($names)* $size $off]
            $($($rest)*)?);
    };
    (@fixed $all:tt [$($decl:tt)*] [$($names:ident)*]
        $field:ident $spec:literal : $ty:ty $(, $($rest:tt)*)?
    ) => {
        aux_offset_block!(@fixed $all [$($decl)* $field $spec: $ty,] [$($names)* $field]
            $($($rest)*)?);
    };

    // One field of the block value, from the decoded fixed part `f` and the payload `p`
    // (`n` fixed bytes; `at` the position of the field in the fixed part).
    (@resolve ($f:ident, $p:ident, $n:ident, $at:ident) $field:ident) => {{
        $at = $at.saturating_add($crate::wire::Encode::encoded_len(&$f.$field));
        $f.$field
    }};
    (@resolve ($f:ident, $p:ident, $n:ident, $at:ident) $field:ident,
        Offset($off:ident $offspec:literal)) => {{
        let v = $crate::rpc_ext::aux::var_value($p, $n, $f.$off, $at, $offspec)?;
        $at = $at.saturating_add(2);
        v
    }};
    (@resolve ($f:ident, $p:ident, $n:ident, $at:ident) $field:ident,
        SizeOffset($size:ident $sizespec:literal, $off:ident $offspec:literal)) => {{
        let off_at = $at.saturating_add(2);
        let v = $crate::rpc_ext::aux::var_bytes($p, $n, $f.$off, $f.$size, off_at, $offspec)?;
        $at = $at.saturating_add(4);
        v
    }};

    // Bytes a field takes in the fixed part.
    (@fixed_len $s:ident $field:ident) => { $crate::wire::Encode::encoded_len(&$s.$field) };
    (@fixed_len $s:ident $field:ident, Offset) => { 2 };
    (@fixed_len $s:ident $field:ident, SizeOffset) => { 4 };

    // The canonical fixed-part values of a field: plain values, or offsets handed out by
    // the placer in declaration order.
    (@place ($s:ident, $pl:ident) $field:ident) => {
        let $field = ::core::clone::Clone::clone(&$s.$field);
    };
    (@place ($s:ident, $pl:ident) $field:ident, Offset($off:ident $offspec:literal)) => {
        let $off = $pl.offset(&$s.$field, $offspec)?;
    };
    (@place ($s:ident, $pl:ident) $field:ident,
        SizeOffset($size:ident $sizespec:literal, $off:ident $offspec:literal)) => {
        let $size = $crate::rpc_ext::aux::var_size(&$s.$field, $sizespec)?;
        let $off = $pl.offset(&$s.$field, $offspec)?;
    };

    // Writes / dumps the variable part of a field (nothing for plain fields).
    (@write ($s:ident, $w:ident) $field:ident) => {};
    (@write ($s:ident, $w:ident) $field:ident, $marker:ident) => {
        if let Some(v) = &$s.$field {
            $crate::rpc_ext::aux::VarField::write_var(v, $w)?;
        }
    };
    (@dump ($s:ident, $d:ident) $field:ident $spec:literal) => {};
    (@dump ($s:ident, $d:ident) $field:ident $spec:literal, $marker:ident) => {
        $crate::wire::DumpField::dump_field(&$s.$field, $spec, $d);
    };

    (@emit [$($decl:tt)*] [$($names:ident)*] {
        $(#[$meta:meta])*
        pub struct $name:ident<'a>, fixed $fixed:ident {
            $(
                $field:ident $spec:literal : $ty:ty
                    $(as $marker:ident ( $($raw:ident $rawspec:literal),+ ))?
            ),+ $(,)?
        }
    }) => {
        wire_struct! {
            #[doc = concat!("The fixed part of [`", stringify!($name), "`] as on the wire, ",
                "offsets and sizes included ([MS-OXCRPC] 2.2.2.2).")]
            pub struct $fixed { $($decl)* }
        }

        $(#[$meta])*
        #[derive(Debug, Clone)]
        pub struct $name<'a> {
            $(
                #[doc = concat!("`", $spec, "`"
                    $(, ", reached through" $(, " `", $rawspec, "`")+
                        , " (`None` when the offset is 0; ", stringify!($marker), ")")?
                    , ".")]
                pub $field: $ty,
            )+
            /// The payload as decoded (re-encoded as is while the fields match it); `None`
            /// when built by the caller.
            pub wire: Option<&'a [u8]>,
        }

        impl PartialEq for $name<'_> {
            /// Compares the fields; `wire` is ignored.
            fn eq(&self, o: &Self) -> bool {
                $( if self.$field != o.$field { return false; } )+
                true
            }
        }

        impl<'a> $crate::rpc_ext::aux::OffsetBlock<'a> for $name<'a> {
            type Fixed = $fixed;

            fn wire(&self) -> Option<&'a [u8]> {
                self.wire
            }

            fn resolve(
                f: $fixed,
                p: &'a [u8],
            ) -> Result<Self, ::nom::Err<$crate::error::Fail>> {
                let n = $crate::wire::Encode::encoded_len(&f);
                let mut at = 0usize;
                $(
                    let $field = aux_offset_block!(@resolve (f, p, n, at) $field
                        $(, $marker($($raw $rawspec),+))?);
                )+
                let _ = at;
                Ok($name { $($field,)+ wire: Some(p) })
            }

            fn canonical(&self) -> Result<($fixed, usize), $crate::error::EncodeError> {
                let fixed_len = 0usize
                    $( + aux_offset_block!(@fixed_len self $field $(, $marker)?) )+;
                let mut placer = $crate::rpc_ext::aux::Placer::new(fixed_len);
                $(
                    aux_offset_block!(@place (self, placer) $field
                        $(, $marker($($raw $rawspec),+))?);
                )+
                Ok(($fixed { $($names),+ }, placer.payload_len()))
            }

            fn write_vars(
                &self,
                w: &mut $crate::wire::Writer<'_>,
            ) -> Result<(), $crate::error::EncodeError> {
                $( aux_offset_block!(@write (self, w) $field $(, $marker)?); )+
                Ok(())
            }

            fn dump_vars(&self, d: &mut dyn $crate::wire::Dumper) {
                $( aux_offset_block!(@dump (self, d) $field $spec $(, $marker)?); )+
            }
        }

        impl<'a> $name<'a> {
            /// The fixed part as it is (or would be) encoded, offsets and sizes included
            /// ([MS-OXCRPC] 2.2.2.2).
            pub fn fixed(&self) -> Result<$fixed, $crate::error::EncodeError> {
                $crate::rpc_ext::aux::fixed_of(self)
            }
        }

        impl<'a> $crate::wire::Decode<'a> for $name<'a> {
            /// Decodes the block from its whole payload (everything after the AUX_HEADER up
            /// to `Size`), which it consumes entirely.
            fn parse(input: &'a [u8]) -> $crate::wire::PResult<'a, Self> {
                $crate::rpc_ext::aux::parse_offset_block(input)
            }
        }

        impl $crate::wire::Encode for $name<'_> {
            fn encoded_len(&self) -> usize {
                $crate::rpc_ext::aux::offset_block_len(self)
            }

            fn encode(
                &self,
                w: &mut $crate::wire::Writer<'_>,
            ) -> Result<(), $crate::error::EncodeError> {
                $crate::rpc_ext::aux::encode_offset_block(self, w)
            }
        }

        impl $crate::wire::Dump for $name<'_> {
            fn dump(&self, d: &mut dyn $crate::wire::Dumper) {
                $crate::rpc_ext::aux::dump_offset_block(self, d)
            }
        }

        impl $crate::wire::DumpField for $name<'_> {
            fn dump_field(&self, name: &str, d: &mut dyn $crate::wire::Dumper) {
                d.begin(name);
                $crate::wire::Dump::dump(self, d);
                d.end();
            }
        }

        #[cfg(feature = "proptest")]
        impl<'a> $crate::arbitrary::Arb<'a> for $name<'a> {
            fn arb() -> impl ::proptest::strategy::Strategy<Value = Self> {
                use ::proptest::strategy::Strategy;
                nest!( $( <$ty as $crate::arbitrary::Arb<'a>>::arb() ),+ )
                    .prop_map(|nest_pat!( $($field),+ )| $name { $($field,)+ wire: None })
            }
        }
    };

    (
        $(#[$meta:meta])*
        pub struct $name:ident<'a>, fixed $fixed:ident { $($fields:tt)* }
    ) => {
        aux_offset_block!(@fixed
            { $(#[$meta])* pub struct $name<'a>, fixed $fixed { $($fields)* } }
            [] [] $($fields)*);
    };
}

/// Declares a MAPI/HTTP request body: fields in wire order, then `AuxiliaryBufferSize` and
/// `AuxiliaryBuffer` in the form named after `aux` ([MS-OXCMAPIHTTP] 2.2.4).
///
/// ```text
/// request_body! {
///     /// NotificationWait request type request body ([MS-OXCMAPIHTTP] 2.2.4.4.1).
///     #[derive(Eq)]
///     pub struct NotificationWaitRequest<'a> { flags "Flags": u32 }
///     aux AuxBufferAny
/// }
/// ```
///
/// The fields are those of [`wire_struct!`]; `auxiliary_buffer` is appended, as
/// `AuxBufferIn` (capped like `cbAuxIn`) or `AuxBufferAny`. Besides what `wire_struct!`
/// gives, the body gets `auxiliary_buffer_offset()` and `auxiliary_chain()`.
macro_rules! request_body {
    (
        $(#[$meta:meta])*
        pub struct $name:ident<'a> {
            $( $field:ident $spec:literal : $ty:ty $(as $form:ty)? ),* $(,)?
        }
        aux $aux:ident
    ) => {
        wire_struct! {
            $(#[$meta])*
            pub struct $name<'a> {
                $( $field $spec: $ty $(as $form)?, )*
                auxiliary_buffer "AuxiliaryBufferSize AuxiliaryBuffer": &'a [u8]
                    as $crate::mapihttp::bodies::$aux,
            }
        }

        impl<'a> $name<'a> {
            /// Offset of `AuxiliaryBuffer` in the body ([MS-OXCMAPIHTTP] 2.2.4).
            pub fn auxiliary_buffer_offset(&self) -> usize {
                $crate::wire::Encode::encoded_len(self).saturating_sub(self.auxiliary_buffer.len())
            }

            /// The blocks of `AuxiliaryBuffer`, offsets relative to the start of the body
            /// ([MS-OXCRPC] 3.1.4.1.1.1.1).
            pub fn auxiliary_chain(&self) -> $crate::rpc_ext::RpcChain<'a> {
                $crate::rpc_ext::RpcChain::with_offset(
                    self.auxiliary_buffer,
                    self.auxiliary_buffer_offset(),
                )
            }
        }

        impl<'a> $crate::mapihttp::bodies::Body<'a> for $name<'a> {
            fn aux(&self) -> (&'a [u8], usize) {
                (self.auxiliary_buffer, self.auxiliary_buffer_offset())
            }
            fn with_aux(mut self, aux: &'a [u8]) -> Self {
                self.auxiliary_buffer = aux;
                self
            }
        }
    };
}

/// Declares a MAPI/HTTP response body of the common shape ([MS-OXCMAPIHTTP] 2.2.4):
/// `StatusCode`; when it is 0 the success fields (from `ErrorCode` on), else nothing; then
/// `AuxiliaryBufferSize` and `AuxiliaryBuffer`.
///
/// ```text
/// response_body! {
///     /// NotificationWait request type response body ([MS-OXCMAPIHTTP] 2.2.4.4.2, 2.2.4.4.3).
///     #[derive(Debug, Clone, Copy, PartialEq, Eq)]
///     pub enum NotificationWaitResponse<'a> {
///         /// Success response body: `StatusCode` 0 ([MS-OXCMAPIHTTP] 2.2.4.4.2).
///         Success {
///             /// `ErrorCode`: the EcDoAsyncWaitEx return value.
///             error_code "ErrorCode": u32,
///             /// `EventPending`.
///             event_pending "EventPending": u32 => any_u32_biased_to_0_and_1(),
///         }
///         /// Failure response body: `StatusCode` other than 0 ([MS-OXCMAPIHTTP] 2.2.4.4.3).
///         Failure
///     }
/// }
/// ```
///
/// Each success field is `name "Spec": Type`, optionally `=> strategy` to replace its
/// proptest strategy. The one declaration gives the enum (`auxiliary_buffer` appended to
/// `Success`; `Failure { status_code, auxiliary_buffer }`), `status_code()`,
/// `auxiliary_buffer()`, `auxiliary_buffer_offset()`, `auxiliary_chain()`,
/// `with_auxiliary_buffer()`, `Decode`, `Encode` (refusing a failure `StatusCode` of 0),
/// `Dump` by spec name and, with `proptest`, an `Arb` strategy.
macro_rules! response_body {
    (@arb $ty:ty) => { <$ty as $crate::arbitrary::Arb<'a>>::arb() };
    (@arb $ty:ty, $strat:expr) => { $strat };
    (
        $(#[$meta:meta])*
        pub enum $name:ident<'a> {
            $(#[$smeta:meta])*
            Success {
                $( $(#[$fmeta:meta])* $field:ident $spec:literal : $ty:ty $(as $form:ty)? $(=> $strat:expr)? ),+
                $(,)?
            }
            $(#[$xmeta:meta])*
            Failure $(,)?
        }
    ) => {
        $(#[$meta])*
        pub enum $name<'a> {
            $(#[$smeta])*
            Success {
                $( $(#[$fmeta])* $field: $ty, )+
                /// `AuxiliaryBuffer`; `AuxiliaryBufferSize` is its length.
                auxiliary_buffer: &'a [u8],
            },
            $(#[$xmeta])*
            Failure {
                /// `StatusCode`: never 0 (encoding refuses 0).
                status_code: u32,
                /// `AuxiliaryBuffer`; `AuxiliaryBufferSize` is its length.
                auxiliary_buffer: &'a [u8],
            },
        }

        impl<'a> $name<'a> {
            /// `StatusCode`: 0 for the success form ([MS-OXCMAPIHTTP] 2.2.4).
            pub fn status_code(&self) -> u32 {
                match self {
                    $name::Success { .. } => 0,
                    $name::Failure { status_code, .. } => *status_code,
                }
            }

            /// `AuxiliaryBuffer` of either form ([MS-OXCMAPIHTTP] 2.2.4).
            pub fn auxiliary_buffer(&self) -> &'a [u8] {
                match self {
                    $name::Success { auxiliary_buffer, .. }
                    | $name::Failure { auxiliary_buffer, .. } => auxiliary_buffer,
                }
            }

            /// Offset of `AuxiliaryBuffer` in the body: 8 in the failure form
            /// ([MS-OXCMAPIHTTP] 2.2.4).
            pub fn auxiliary_buffer_offset(&self) -> usize {
                $crate::wire::Encode::encoded_len(self)
                    .saturating_sub(self.auxiliary_buffer().len())
            }

            /// The blocks of `AuxiliaryBuffer`, offsets relative to the start of the body
            /// ([MS-OXCRPC] 3.1.4.1.1.1.2).
            pub fn auxiliary_chain(&self) -> $crate::rpc_ext::RpcChain<'a> {
                $crate::rpc_ext::RpcChain::with_offset(
                    self.auxiliary_buffer(),
                    self.auxiliary_buffer_offset(),
                )
            }

            /// The same body with `aux` as its `AuxiliaryBuffer` ([MS-OXCMAPIHTTP] 2.2.4),
            /// e.g. for a gateway that rewrites auxiliary blocks.
            pub fn with_auxiliary_buffer(mut self, aux: &'a [u8]) -> Self {
                match &mut self {
                    $name::Success { auxiliary_buffer, .. }
                    | $name::Failure { auxiliary_buffer, .. } => *auxiliary_buffer = aux,
                }
                self
            }
        }

        impl<'a> $crate::wire::Decode<'a> for $name<'a> {
            fn parse(input: &'a [u8]) -> $crate::wire::PResult<'a, Self> {
                use $crate::wire::Form as _;
                type Aux = $crate::mapihttp::bodies::AuxBufferAny;
                const AUX: &str = $crate::mapihttp::bodies::AUX_NAMES;
                let (i, status_code) = $crate::wire::le_u32(input)?;
                if status_code != 0 {
                    let (i, auxiliary_buffer) = Aux::parse(i, AUX)?;
                    return Ok((i, $name::Failure { status_code, auxiliary_buffer }));
                }
                $( let (i, $field) = <form_of!($($form)?) as $crate::wire::Form<'a, $ty>>::parse(i, $spec)?; )+
                let (i, auxiliary_buffer) = Aux::parse(i, AUX)?;
                Ok((i, $name::Success { $($field,)+ auxiliary_buffer }))
            }
        }

        impl<'a> $crate::wire::Encode for $name<'a> {
            fn encoded_len(&self) -> usize {
                let fields = match self {
                    $name::Success { $($field,)+ .. } => {
                        0usize $( .saturating_add(<form_of!($($form)?) as $crate::wire::Form<'a, $ty>>::encoded_len($field)) )+
                    }
                    $name::Failure { .. } => 0,
                };
                8usize
                    .saturating_add(fields)
                    .saturating_add(self.auxiliary_buffer().len())
            }

            fn encode(
                &self,
                w: &mut $crate::wire::Writer<'_>,
            ) -> Result<(), $crate::error::EncodeError> {
                use $crate::wire::Form as _;
                type Aux = $crate::mapihttp::bodies::AuxBufferAny;
                const AUX: &str = $crate::mapihttp::bodies::AUX_NAMES;
                match self {
                    $name::Success { $($field,)+ auxiliary_buffer } => {
                        w.put_u32(0)?;
                        $( <form_of!($($form)?) as $crate::wire::Form<'a, $ty>>::encode($field, w, $spec)?; )+
                        Aux::encode(auxiliary_buffer, w, AUX)
                    }
                    $name::Failure { status_code: 0, .. } => {
                        Err($crate::error::EncodeError::InvalidValue {
                            field: "StatusCode (0 in a failure response body)",
                        })
                    }
                    $name::Failure { status_code, auxiliary_buffer } => {
                        w.put_u32(*status_code)?;
                        Aux::encode(auxiliary_buffer, w, AUX)
                    }
                }
            }
        }

        impl<'a> $crate::wire::Dump for $name<'a> {
            fn dump(&self, d: &mut dyn $crate::wire::Dumper) {
                use $crate::wire::{DumpField as _, Form as _};
                self.status_code().dump_field("StatusCode", d);
                if let $name::Success { $($field,)+ .. } = self {
                    $( <form_of!($($form)?) as $crate::wire::Form<'a, $ty>>::dump($field, $spec, d); )+
                }
                $crate::mapihttp::bodies::AuxBufferAny::dump(
                    &self.auxiliary_buffer(),
                    $crate::mapihttp::bodies::AUX_NAMES,
                    d,
                );
            }
        }

        impl<'a> $crate::mapihttp::bodies::Body<'a> for $name<'a> {
            fn aux(&self) -> (&'a [u8], usize) {
                (self.auxiliary_buffer(), self.auxiliary_buffer_offset())
            }
            fn with_aux(self, aux: &'a [u8]) -> Self {
                self.with_auxiliary_buffer(aux)
            }
            fn status(&self) -> u32 {
                self.status_code()
            }
        }

        #[cfg(feature = "proptest")]
        impl<'a> $crate::arbitrary::Arb<'a> for $name<'a> {
            fn arb() -> impl ::proptest::strategy::Strategy<Value = Self> {
                use ::proptest::strategy::Strategy;
                let aux = || <&'a [u8] as $crate::arbitrary::Arb<'a>>::arb();
                ::proptest::prop_oneof![
                    (nest!( $( response_body!(@arb $ty $(, $strat)?) ),+ ), aux()).prop_map(
                        |(nest_pat!( $($field),+ ), auxiliary_buffer)| {
                            $name::Success { $($field,)+ auxiliary_buffer }
                        }
                    ),
                    (1..=u32::MAX, aux()).prop_map(|(status_code, auxiliary_buffer)| {
                        $name::Failure { status_code, auxiliary_buffer }
                    }),
                ]
            }
        }
    };
}

/// The mailbox server endpoint request types and their bodies, one row each
/// ([MS-OXCMAPIHTTP] 2.2.3.3.1): the `RequestType` variant, its `X-RequestType` spelling
/// (a constant of `mapihttp::request_type`), the request body type and section, the
/// response body type and section. Gives `RequestType` (`ALL`, `as_str`), `RequestBody`
/// and `ResponseBody` with their dispatch (`request_type`, `decode_as`, `Encode`, `Dump`,
/// auxiliary buffer accessors) and, with `proptest`, their strategies.
///
/// ```text
/// request_types! {
///     /// `Connect` ([MS-OXCMAPIHTTP] 2.2.4.1).
///     Connect = CONNECT => (ConnectRequest<'a>, "2.2.4.1.1"),
///         (ConnectResponse<'a>, "2.2.4.1.2, 2.2.4.1.3");
/// }
/// ```
macro_rules! request_types {
    ($(
        $(#[$doc:meta])*
        $v:ident = $text:ident => ($req:ty, $reqsec:literal), ($resp:ty, $respsec:literal);
    )+) => {
        /// A request type of the mailbox server endpoint, as named by `X-RequestType`
        /// ([MS-OXCMAPIHTTP] 2.2.3.3.1, 2.2.4, 2.2.6).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum RequestType {
            $( $(#[$doc])* $v, )+
        }

        impl RequestType {
            /// Every mailbox server endpoint request type, in the order of [MS-OXCMAPIHTTP]
            /// 2.2.3.3.1.
            pub const ALL: [RequestType; [$(stringify!($v)),+].len()] =
                [$(RequestType::$v),+];

            /// The `X-RequestType` value as the spec spells it ([MS-OXCMAPIHTTP] 2.2.3.3.1).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( RequestType::$v => $crate::mapihttp::request_type::$text, )+
                }
            }
        }

        /// A mailbox server endpoint request body of any request type ([MS-OXCMAPIHTTP]
        /// 2.2.4, 2.2.6).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum RequestBody<'a> {
            $(
                #[doc = concat!("`", stringify!($v), "` request body ([MS-OXCMAPIHTTP] ",
                    $reqsec, ").")]
                $v($req),
            )+
        }

        /// A mailbox server endpoint response body of any request type, as it follows the
        /// response stream's empty line when `X-ResponseCode` is 0 ([MS-OXCMAPIHTTP] 2.2.4,
        /// 2.2.6).
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub enum ResponseBody<'a> {
            $(
                #[doc = concat!("`", stringify!($v), "` response body ([MS-OXCMAPIHTTP] ",
                    $respsec, ").")]
                $v($resp),
            )+
        }

        request_types!(@dispatch RequestBody; $($v => $req),+);
        request_types!(@dispatch ResponseBody; $($v => $resp),+);

        impl ResponseBody<'_> {
            /// `StatusCode` of the body; PING has none and reports 0 ([MS-OXCMAPIHTTP] 2.2.4).
            pub fn status_code(&self) -> u32 {
                match self {
                    $( ResponseBody::$v(b) => $crate::mapihttp::bodies::Body::status(b), )+
                }
            }
        }

        #[cfg(feature = "proptest")]
        impl<'a> $crate::arbitrary::Arb<'a> for RequestBody<'a> {
            fn arb() -> impl ::proptest::strategy::Strategy<Value = Self> {
                use ::proptest::strategy::Strategy;
                ::proptest::prop_oneof![
                    $( <$req as $crate::arbitrary::Arb<'a>>::arb().prop_map(RequestBody::$v) ),+
                ]
            }
        }

        #[cfg(feature = "proptest")]
        impl<'a> $crate::arbitrary::Arb<'a> for ResponseBody<'a> {
            fn arb() -> impl ::proptest::strategy::Strategy<Value = Self> {
                use ::proptest::strategy::Strategy;
                ::proptest::prop_oneof![
                    $( <$resp as $crate::arbitrary::Arb<'a>>::arb().prop_map(ResponseBody::$v) ),+
                ]
            }
        }
    };

    (@dispatch $enum:ident; $($v:ident => $t:ty),+) => {
        impl<'a> $enum<'a> {
            /// The request type this body belongs to ([MS-OXCMAPIHTTP] 2.2.3.3.1).
            pub fn request_type(&self) -> RequestType {
                match self {
                    $( $enum::$v(_) => RequestType::$v, )+
                }
            }

            /// Decodes a whole body of the given type ([MS-OXCMAPIHTTP] 2.2.4); offsets
            /// count from the body start and leftover bytes are
            /// [`ErrorKind::TrailingBytes`](crate::error::ErrorKind::TrailingBytes).
            pub fn decode_as(
                request_type: RequestType,
                body: &'a [u8],
            ) -> Result<Self, $crate::error::DecodeError> {
                Ok(match request_type {
                    $(
                        RequestType::$v => {
                            $enum::$v(<$t as $crate::wire::Decode<'a>>::decode(body)?)
                        }
                    )+
                })
            }

            /// `AuxiliaryBuffer` and its offset in the body; PING has none
            /// ([MS-OXCMAPIHTTP] 2.2.4).
            pub fn auxiliary_buffer(&self) -> (&'a [u8], usize) {
                match self {
                    $( $enum::$v(b) => $crate::mapihttp::bodies::Body::aux(b), )+
                }
            }

            /// The same body with `aux` as its `AuxiliaryBuffer` ([MS-OXCMAPIHTTP] 2.2.4).
            pub fn with_auxiliary_buffer(self, aux: &'a [u8]) -> Self {
                match self {
                    $( $enum::$v(b) => $enum::$v($crate::mapihttp::bodies::Body::with_aux(b, aux)), )+
                }
            }
        }

        impl $crate::wire::Encode for $enum<'_> {
            fn encoded_len(&self) -> usize {
                match self {
                    $( $enum::$v(b) => $crate::wire::Encode::encoded_len(b), )+
                }
            }

            fn encode(
                &self,
                w: &mut $crate::wire::Writer<'_>,
            ) -> Result<(), $crate::error::EncodeError> {
                match self {
                    $( $enum::$v(b) => $crate::wire::Encode::encode(b, w), )+
                }
            }
        }

        impl $crate::wire::Dump for $enum<'_> {
            fn dump(&self, d: &mut dyn $crate::wire::Dumper) {
                match self {
                    $( $enum::$v(b) => $crate::wire::Dump::dump(b, d), )+
                }
            }
        }
    };
}
