//! The one declaration mechanism for fixed-layout wire structures.

/// Declares a wire structure whose fields follow each other in a fixed order.
///
/// ```text
/// wire_struct! {
///     /// RopOpenFolder request ([MS-OXCROPS] 2.2.4.1.1).
///     pub struct OpenFolderRequest {
///         logon_id "LogonId": u8,
///         input_handle_index "InputHandleIndex": u8,
///         ...
///     }
/// }
/// ```
///
/// Each field is `rust_name "SpecFieldName": Type`, in wire order; a borrowing structure
/// names its lifetime `'a`. The one declaration gives the struct, `Decode` (fields read in
/// order), `Encode` (fields written in order), `Dump`/`DumpField` (spec names) and, with the
/// `proptest` feature, an `Arb` strategy.
macro_rules! wire_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident $(<$lt:lifetime>)? {
            $( $field:ident $spec:literal : $ty:ty ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name $(<$lt>)? {
            $(
                #[doc = concat!("The `", $spec, "` field.")]
                pub $field: $ty,
            )+
        }

        impl<'a> $crate::wire::Decode<'a> for $name $(<$lt>)? {
            #[inline]
            fn decode(input: &'a [u8]) -> $crate::wire::PResult<'a, Self> {
                $( let (input, $field) = <$ty as $crate::wire::Decode<'a>>::decode(input)?; )+
                Ok((input, $name { $($field),+ }))
            }
        }

        impl $(<$lt>)? $crate::wire::Encode for $name $(<$lt>)? {
            #[inline]
            fn encoded_len(&self) -> usize {
                0 $( + $crate::wire::Encode::encoded_len(&self.$field) )+
            }

            #[inline]
            fn encode(&self, w: &mut $crate::wire::Writer<'_>) -> Result<(), $crate::error::EncodeError> {
                $( $crate::wire::Encode::encode(&self.$field, w)?; )+
                Ok(())
            }
        }

        impl $(<$lt>)? $crate::wire::Dump for $name $(<$lt>)? {
            fn dump(&self, d: &mut dyn $crate::wire::Dumper) {
                $( $crate::wire::DumpField::dump_field(&self.$field, $spec, d); )+
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
                ( $( <$ty as $crate::arbitrary::Arb<'a>>::arb(), )+ )
                    .prop_map(|( $($field,)+ )| $name { $($field),+ })
            }
        }
    };
}

/// Implements `DecodeCtx` with no context for types that decode on their own, so they can
/// be elements of a [`crate::wire::List`].
macro_rules! list_item {
    ($($t:ident $(<$lt:lifetime>)?),* $(,)?) => {$(
        impl<'a> $crate::wire::DecodeCtx<'a, ()> for $t $(<$lt>)? {
            #[inline]
            fn decode_ctx(input: &'a [u8], _: ()) -> $crate::wire::PResult<'a, Self> {
                <Self as $crate::wire::Decode<'a>>::decode(input)
            }
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
