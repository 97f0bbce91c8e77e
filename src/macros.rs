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

/// Right-nested pairs `(a, (b, c))`, as an expression or a pattern: tuple strategies
/// stop at 12 elements, nested pairs do not.
macro_rules! nest {
    ($last:expr) => { $last };
    ($head:expr $(, $rest:expr)+) => { ($head, nest!($($rest),+)) };
}

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
            fn decode(input: &'a [u8]) -> $crate::wire::PResult<'a, Self> {
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
