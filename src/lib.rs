//! # ropwire
//!
//! A `no_std`, zero-copy codec for the Microsoft Exchange ROP wire format:
//! every remote operation request and response buffer ([MS-OXCROPS]), the structures
//! they embed ([MS-OXCDATA]), the ROP buffer framing with RopSize and the server object
//! handle table, `RPC_HEADER_EXT` ([MS-OXCRPC]), MAPI over HTTP Execute bodies and the
//! chunked response stream ([MS-OXCMAPIHTTP]).
//!
//! Every layer decodes from `&'a [u8]` into values that borrow the bytes, and encodes
//! into caller memory through a [`wire::Writer`] that fails instead of growing. Nothing
//! on the decode or encode path allocates.
//!
//! ```
//! use ropwire::rop::{RopRequest, RopId};
//! use ropwire::rop::other::ReleaseRequest;
//! use ropwire::wire::{Decode, Encode};
//!
//! let rop = RopRequest::Release(ReleaseRequest { logon_id: 0, input_handle_index: 1 });
//! let mut buf = [0u8; 8];
//! let n = rop.encode_into(&mut buf).unwrap();
//! assert_eq!(&buf[..n], &[0x01, 0x00, 0x01]);
//! let (decoded, used) = RopRequest::decode_prefix(&buf[..n]).unwrap();
//! assert_eq!(decoded.rop_id(), RopId::Release);
//! assert_eq!((decoded, used), (rop, 3));
//! ```
//!
//! ## How the ROPs are declared
//!
//! One table, `src/rop_table.rs`, has a row per RopId (`Name = id, Family, "section", req
//! T, resp T` — `resp_cx T` for responses that need context). It gives [`codes::RopId`],
//! the [`rop::RopRequest`]/[`rop::RopResponse`] enums, their dispatch, and (feature
//! `proptest`) `RopRequest::arb()`/`RopResponse::arb()` over every implemented ROP. Each
//! layout is one `wire_struct!` declaration in its family file, fields named by their spec
//! names, with the field forms of [`wire::form`] (counts, sizes, absent-when-zero sizes);
//! only truly variable layouts are written by hand, in the same shape. Responses that need
//! context implement [`rop::DecodeResponse`] and ask [`rop::ResponseCx`] for their request,
//! a table's columns or a logon's kind; the batch iterators and [`session::SessionTracker`]
//! supply them. `spec-notes/declarations.md` is the walk-through.
//!
//! Features: `alloc` (encode into `Vec`), `std` (`std::error::Error`; implies `alloc`),
//! `fuzzing` (the fuzz oracles in `ropwire::fuzzing`), `proptest` (strategies for tests).
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub use nom;

#[macro_use]
mod macros;
#[macro_use]
mod rop_table;

#[cfg(feature = "proptest")]
pub mod arbitrary;
pub mod buffer;
pub mod codes;
pub mod data;
pub mod dissect;
pub mod error;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
pub mod layers;
pub mod mapihttp;
pub mod rop;
pub mod rpc_ext;
pub mod sample;
pub mod session;
pub mod wire;

pub use error::{DecodeError, EncodeError, ErrorKind};
pub use wire::{Decode, Encode, Writer};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
