//! # ropwire
//!
//! A `no_std`, zero-copy codec for the Microsoft Exchange ROP wire format:
//! every remote operation request and response buffer ([MS-OXCROPS]), the structures
//! they embed ([MS-OXCDATA]), the ROP buffer framing with RopSize and the server object
//! handle table, `RPC_HEADER_EXT` ([MS-OXCRPC]), MAPI over HTTP Execute bodies and the
//! chunked response stream ([MS-OXCMAPIHTTP]).
//!
//! Every layer decodes from `&'a [u8]` into values that borrow the bytes
//! (`T::decode(&bytes)` for a whole input, `T::parse` as a nom parser), and encodes into
//! caller memory through a [`Writer`] that fails instead of growing. Nothing on the decode
//! or encode path allocates, and no input makes an entry point panic.
//!
//! ## The map
//!
//! | Layer | Spec | Type | Entry points |
//! |---|---|---|---|
//! | HTTP response stream: `PROCESSING`/`PENDING`/`DONE`, headers, body | [MS-OXCMAPIHTTP] 2.2.7 | [`mapihttp::ResponseStream`], [`mapihttp::streaming`] | `ResponseStream::decode`, the incremental `streaming` decoder |
//! | MAPI/HTTP bodies (Connect, Execute, …) | [MS-OXCMAPIHTTP] 2.2.4 | [`mapihttp::ExecuteRequest`], [`mapihttp::ExecuteResponse`], [`mapihttp::RequestBody`] | [`mapihttp::decode_request`], [`layers::execute_request`] |
//! | `RPC_HEADER_EXT` blocks: XOR, LZ77 | [MS-OXCRPC] 2.2.2.1 | [`rpc_ext::RpcChain`], [`layers::Payloads`] | [`layers::Payloads::new`], [`rpc_ext::write_block`] |
//! | Auxiliary blocks | [MS-OXCRPC] 2.2.2.2 | [`rpc_ext::aux::AuxBlock`] | [`rpc_ext::aux::aux_walker`] |
//! | ROP buffer: RopSize, ROPs, handle table | [MS-OXCROPS] 2.2.1 | [`buffer::RopBuffer`] | [`buffer::RopBuffer::requests`], [`buffer::RopBuffer::responses`], [`buffer::RopBufferWriter`] |
//! | ROPs | [MS-OXCROPS] 2.2.3–2.2.15 | [`rop::RopRequest`], [`rop::RopResponse`] | `RopRequest::decode_prefix` ([`rop::RopRequest::parse_with`] with a [`rop::RequestCx`]), [`rop::RopResponse::parse`] with a [`rop::ResponseCx`] |
//! | Structures: tags, values, rows, recipients, ids | [MS-OXCDATA] | [`data`] | their `Decode`/`Encode` impls |
//! | Session state across batches | [MS-OXCROPS] 2.2.1 | [`session::SessionTracker`] | `observe(requests, responses)` |
//! | The text form of every layer | — | [`dissect::Text`] | [`dissect::request_buffer`], [`dissect::rpc_rops`], … |
//!
//! [`layers`] takes one call per direction through the middle layers; `ropdump` (feature
//! `cli`) is the dissector on the command line.
//!
//! ## A server, end to end
//!
//! ```
//! use ropwire::buffer::{Pushed, ResponseBufferWriter};
//! use ropwire::layers;
//! use ropwire::rop::RopResponse;
//! use ropwire::rop::transport::SubmitMessageResponse;
//! use ropwire::rpc_ext::RpcFlags;
//! use ropwire::{Writer, codes::ErrorCode, sample};
//!
//! // The request body as it arrives (here: the sample send-mail batch).
//! let mut body = [0u8; 2048];
//! let mut w = Writer::new(&mut body);
//! sample::write_execute_request(&mut w)?;
//! let body = w.written();
//!
//! // Body → payload (decompressed into scratch when compressed) → requests; then the
//! // answers → ROP buffer → compressed, obfuscated block → Execute response body.
//! let mut scratch = [0u8; 4096];
//! let (request, mut payloads) = layers::execute_request(body, &mut scratch)?;
//! let requests = payloads.next().ok_or("no RopBuffer")??.rop_buffer()?;
//! let mut out = [0u8; 1024];
//! let mut w = Writer::new(&mut out);
//! let mut work = [0u8; 1024];
//! layers::write_execute_response(
//!     &mut w, 0, 0, RpcFlags::COMPRESSED | RpcFlags::XOR_MAGIC, &[], &mut work,
//!     |w| {
//!         let limit = request.max_rop_out as usize;
//!         let mut answers = ResponseBufferWriter::begin(w, limit, 1)?;
//!         let mut rops = requests.requests();
//!         loop {
//!             let unprocessed = rops.remaining();
//!             let Some(Ok(rop)) = rops.next() else { break };
//!             // A real server answers every ROP; this one only RopSubmitMessage.
//!             if let ropwire::rop::RopRequest::SubmitMessage(r) = rop {
//!                 let answer = RopResponse::SubmitMessage(SubmitMessageResponse {
//!                     input_handle_index: r.input_handle_index,
//!                     return_value: ErrorCode::SUCCESS,
//!                 });
//!                 let pushed = answers.push(&answer, unprocessed, rops.remaining())?;
//!                 assert_eq!(pushed, Pushed::Written);
//!             }
//!         }
//!         answers.finish(&[0x0000_0042])
//!     },
//! )?;
//! let sent = w.written();
//! assert_eq!(&sent[..4], &[0, 0, 0, 0]); // StatusCode 0: a success body
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## A client, end to end
//!
//! ```
//! use ropwire::buffer::{RopBuffer, encode_buffer};
//! use ropwire::layers;
//! use ropwire::rop::{NoContext, RopId};
//! use ropwire::rpc_ext::{EcDoRpcExt2Flags, RpcFlags};
//! use ropwire::{Writer, sample};
//!
//! // Requests → ROP buffer → block → Execute request body.
//! let mut body = [0u8; 2048];
//! let mut w = Writer::new(&mut body);
//! let mut scratch = [0u8; 2048];
//! layers::write_execute_request(
//!     &mut w, EcDoRpcExt2Flags::empty(), RpcFlags::XOR_MAGIC, 0x40000, &[], &mut scratch,
//!     |w| encode_buffer(w, &sample::REQUEST_ROPS, &sample::REQUEST_HANDLES),
//! )?;
//! # let sent = w.written().to_vec();
//!
//! // The server's Execute response body → payloads → responses, each paired with the
//! // request it answers (the requests decoded from what was sent).
//! # let mut resp = [0u8; 2048];
//! # let mut w = Writer::new(&mut resp);
//! # sample::write_execute_response(&mut w)?;
//! # let response_body = w.written();
//! let mut sent_scratch = [0u8; 2048];
//! let (_, mut sent_payloads) = layers::execute_request(&sent, &mut sent_scratch)?;
//! let requests: RopBuffer = sent_payloads.next().ok_or("no payload")??.rop_buffer()?;
//! let mut scratch = [0u8; 2048];
//! let (_, payloads) = layers::execute_response(response_body, &mut scratch)?;
//! for payload in payloads {
//!     for paired in payload?.rop_buffer()?.responses(Some(&requests), &NoContext) {
//!         let paired = paired?;
//!         assert_eq!(paired.request.map(|r| r.rop_id()), Some(paired.response.rop_id()));
//!     }
//! }
//! # let _ = RopId::Release;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## How the ROPs are declared
//!
//! One table, `src/rop_table.rs`, has a row per RopId (`Name = id, Family, "section", req
//! T, resp T` — `req_cx T`/`resp_cx T` for requests and responses that need context). It
//! gives [`codes::RopId`],
//! the [`rop::RopRequest`]/[`rop::RopResponse`] enums, their dispatch, and (feature
//! `proptest`) `RopRequest::arb()`/`RopResponse::arb()` over every implemented ROP. Each
//! layout is one `wire_struct!` declaration in its family file, fields named by their spec
//! names, with the field forms of [`wire::form`] (counts, sizes, absent-when-zero sizes);
//! only truly variable layouts are written by hand, in the same shape. Responses that need
//! context implement [`rop::DecodeResponse`] and ask [`rop::ResponseCx`] for their request,
//! a table's columns or a logon's kind; requests that need their logon's kind implement
//! [`rop::DecodeRequest`] and ask [`rop::RequestCx`]. The batch iterators and
//! [`session::SessionTracker`] supply them. `spec-notes/declarations.md` is the
//! walk-through.
//!
//! Features: `names` (default: the [MS-OXPROPS] name table behind
//! [`data::PropertyTag::name`]; leave it out to save its strings), `alloc` (encode into
//! `Vec`), `std` (`std::error::Error`; implies `alloc`), `cli` (the `ropdump` binary),
//! `fuzzing` (the fuzz oracles in `ropwire::fuzzing`), `proptest` (strategies for tests),
//! `arbitrary` (`arbitrary::Arbitrary` for every ROP and its values, for structured fuzzing:
//! `ropwire::structured`).
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
#[cfg(feature = "arbitrary")]
pub mod structured;
pub mod wire;

pub use error::{DecodeError, EncodeError, ErrorKind};
pub use wire::{Decode, Encode, Writer};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
