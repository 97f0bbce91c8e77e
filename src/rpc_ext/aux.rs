//! Auxiliary buffers: AUX_HEADER and its blocks ([MS-OXCRPC] 2.2.2.2, 3.1.4.1.2, 3.2.4.1.2).
//!
//! `rgbAuxIn`/`rgbAuxOut` (and the MAPI/HTTP `AuxiliaryBuffer`) are one RPC_HEADER_EXT whose
//! payload, once de-obfuscated, is a run of auxiliary blocks. Each block is a 4-byte
//! [`AuxHeader`] (`Size` counts the header itself) and the structure its `Version` and `Type`
//! select. Blocks follow each other directly: the next header starts `Size` bytes after the
//! current one.
//!
//! [`AuxWalker`] iterates over a de-obfuscated payload without copying; [`aux_walker`] does the
//! RPC_HEADER_EXT part too. Every (Version, Type) pair of [MS-OXCRPC] 2.2.2.2 has its own
//! [`AuxBlock`] variant; any other pair is kept raw as [`AuxBlock::Unknown`], as receivers
//! must skip such blocks (3.1.4.1.2). Blocks with string fields reached through offsets keep
//! their wire bytes, so a decoded block re-encodes byte for byte; a block built (or changed)
//! by the caller is encoded in a canonical layout instead (see [`AuxPerfClientInfo`]). A
//! fixed-layout block whose `Size` is larger than its structure keeps the bytes after it in
//! its `extra` field (fields a later revision may add; receivers skip them, 3.1.4.1.2) and
//! re-encodes them; a caller-built block has `extra: &[]`.
//!
//! ```
//! use ropwire::rpc_ext::aux::{AuxBlock, AuxPerfRequestId, AuxWalker, write_aux_block};
//! use ropwire::wire::Writer;
//!
//! let block =
//!     AuxBlock::PerfRequestId(AuxPerfRequestId { session_id: 1, request_id: 0xA3, extra: &[] });
//! let mut buf = [0u8; 8];
//! let mut w = Writer::new(&mut buf);
//! write_aux_block(&mut w, &block).unwrap();
//! assert_eq!(buf, [0x08, 0x00, 0x01, 0x01, 0x01, 0x00, 0xA3, 0x00]);
//! let decoded: Vec<_> = AuxWalker::new(&buf).collect::<Result<_, _>>().unwrap();
//! assert_eq!(decoded, [block]);
//! ```

use core::iter::FusedIterator;

use super::{MAX_AUX_BUFFER, RPC_HEADER_EXT_SIZE, RpcChain, RpcFlags, write_block_with};
use crate::data::Guid;
use crate::error::{DecodeError, EncodeError, ErrorKind, Fail};
use crate::wire::{
    Decode, Dump, DumpField, Dumper, Encode, PResult, Str8, Utf16Str, Writer, fail, sized, take,
    to_decode_error, u16_len,
};

/// Size of the AUX_HEADER structure; its `Size` field counts these bytes too
/// ([MS-OXCRPC] 2.2.2.2).
pub const AUX_HEADER_SIZE: usize = 4;

/// `AUX_VERSION_1` ([MS-OXCRPC] 2.2.2.2): selects the first table of block types.
pub const AUX_VERSION_1: u8 = 0x01;
/// `AUX_VERSION_2` ([MS-OXCRPC] 2.2.2.2): selects the second table of block types.
pub const AUX_VERSION_2: u8 = 0x02;

/// `AUX_TYPE_PERF_REQUESTID` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_REQUESTID (v1).
pub const AUX_TYPE_PERF_REQUESTID: u8 = 0x01;
/// `AUX_TYPE_PERF_CLIENTINFO` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_CLIENTINFO (v1).
pub const AUX_TYPE_PERF_CLIENTINFO: u8 = 0x02;
/// `AUX_TYPE_PERF_SERVERINFO` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_SERVERINFO (v1).
pub const AUX_TYPE_PERF_SERVERINFO: u8 = 0x03;
/// `AUX_TYPE_PERF_SESSIONINFO` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_SESSIONINFO (v1) or
/// AUX_PERF_SESSIONINFO_V2 (v2).
pub const AUX_TYPE_PERF_SESSIONINFO: u8 = 0x04;
/// `AUX_TYPE_PERF_DEFMDB_SUCCESS` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_DEFMDB_SUCCESS (v1).
pub const AUX_TYPE_PERF_DEFMDB_SUCCESS: u8 = 0x05;
/// `AUX_TYPE_PERF_DEFGC_SUCCESS` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_DEFGC_SUCCESS (v1).
pub const AUX_TYPE_PERF_DEFGC_SUCCESS: u8 = 0x06;
/// `AUX_TYPE_PERF_MDB_SUCCESS` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_MDB_SUCCESS (v1) or
/// AUX_PERF_MDB_SUCCESS_V2 (v2).
pub const AUX_TYPE_PERF_MDB_SUCCESS: u8 = 0x07;
/// `AUX_TYPE_PERF_GC_SUCCESS` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_GC_SUCCESS (v1) or
/// AUX_PERF_GC_SUCCESS_V2 (v2).
pub const AUX_TYPE_PERF_GC_SUCCESS: u8 = 0x08;
/// `AUX_TYPE_PERF_FAILURE` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_FAILURE (v1) or
/// AUX_PERF_FAILURE_V2 (v2).
pub const AUX_TYPE_PERF_FAILURE: u8 = 0x09;
/// `AUX_TYPE_CLIENT_CONTROL` ([MS-OXCRPC] 2.2.2.2): AUX_CLIENT_CONTROL (v1).
pub const AUX_TYPE_CLIENT_CONTROL: u8 = 0x0A;
/// `AUX_TYPE_PERF_PROCESSINFO` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_PROCESSINFO (v1 and v2).
pub const AUX_TYPE_PERF_PROCESSINFO: u8 = 0x0B;
/// `AUX_TYPE_PERF_BG_DEFMDB_SUCCESS` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_DEFMDB_SUCCESS (v1).
pub const AUX_TYPE_PERF_BG_DEFMDB_SUCCESS: u8 = 0x0C;
/// `AUX_TYPE_PERF_BG_DEFGC_SUCCESS` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_DEFGC_SUCCESS (v1).
pub const AUX_TYPE_PERF_BG_DEFGC_SUCCESS: u8 = 0x0D;
/// `AUX_TYPE_PERF_BG_MDB_SUCCESS` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_MDB_SUCCESS (v1) or
/// AUX_PERF_MDB_SUCCESS_V2 (v2).
pub const AUX_TYPE_PERF_BG_MDB_SUCCESS: u8 = 0x0E;
/// `AUX_TYPE_PERF_BG_GC_SUCCESS` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_GC_SUCCESS (v1) or
/// AUX_PERF_GC_SUCCESS_V2 (v2).
pub const AUX_TYPE_PERF_BG_GC_SUCCESS: u8 = 0x0F;
/// `AUX_TYPE_PERF_BG_FAILURE` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_FAILURE (v1) or
/// AUX_PERF_FAILURE_V2 (v2).
pub const AUX_TYPE_PERF_BG_FAILURE: u8 = 0x10;
/// `AUX_TYPE_PERF_FG_DEFMDB_SUCCESS` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_DEFMDB_SUCCESS (v1).
pub const AUX_TYPE_PERF_FG_DEFMDB_SUCCESS: u8 = 0x11;
/// `AUX_TYPE_PERF_FG_DEFGC_SUCCESS` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_DEFGC_SUCCESS (v1).
pub const AUX_TYPE_PERF_FG_DEFGC_SUCCESS: u8 = 0x12;
/// `AUX_TYPE_PERF_FG_MDB_SUCCESS` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_MDB_SUCCESS (v1) or
/// AUX_PERF_MDB_SUCCESS_V2 (v2).
pub const AUX_TYPE_PERF_FG_MDB_SUCCESS: u8 = 0x13;
/// `AUX_TYPE_PERF_FG_GC_SUCCESS` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_GC_SUCCESS (v1) or
/// AUX_PERF_GC_SUCCESS_V2 (v2).
pub const AUX_TYPE_PERF_FG_GC_SUCCESS: u8 = 0x14;
/// `AUX_TYPE_PERF_FG_FAILURE` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_FAILURE (v1) or
/// AUX_PERF_FAILURE_V2 (v2).
pub const AUX_TYPE_PERF_FG_FAILURE: u8 = 0x15;
/// `AUX_TYPE_OSVERSIONINFO` ([MS-OXCRPC] 2.2.2.2): AUX_OSVERSIONINFO (v1).
pub const AUX_TYPE_OSVERSIONINFO: u8 = 0x16;
/// `AUX_TYPE_EXORGINFO` ([MS-OXCRPC] 2.2.2.2): AUX_EXORGINFO (v1).
pub const AUX_TYPE_EXORGINFO: u8 = 0x17;
/// `AUX_TYPE_PERF_ACCOUNTINFO` ([MS-OXCRPC] 2.2.2.2): AUX_PERF_ACCOUNTINFO (v1).
pub const AUX_TYPE_PERF_ACCOUNTINFO: u8 = 0x18;
/// `AUX_TYPE_SERVER_CAPABILITIES` ([MS-OXCRPC] 2.2.2.2): AUX_SERVER_CAPABILITIES (v1).
pub const AUX_TYPE_SERVER_CAPABILITIES: u8 = 0x46;
/// `AUX_TYPE_ENDPOINT_CAPABILITIES` ([MS-OXCRPC] 2.2.2.2): AUX_ENDPOINT_CAPABILITIES (v1).
pub const AUX_TYPE_ENDPOINT_CAPABILITIES: u8 = 0x48;
/// `AUX_TYPE_CLIENT_CONNECTION_INFO` ([MS-OXCRPC] 2.2.2.2): AUX_CLIENT_CONNECTION_INFO (v1).
pub const AUX_TYPE_CLIENT_CONNECTION_INFO: u8 = 0x4A;
/// `AUX_TYPE_SERVER_SESSION_INFO` ([MS-OXCRPC] 2.2.2.2): AUX_SERVER_SESSION_INFO (v1).
pub const AUX_TYPE_SERVER_SESSION_INFO: u8 = 0x4B;
/// `AUX_TYPE_PROTOCOL_DEVICE_IDENTIFICATION` ([MS-OXCRPC] 2.2.2.2):
/// AUX_PROTOCOL_DEVICE_IDENTIFICATION (v1).
pub const AUX_TYPE_PROTOCOL_DEVICE_IDENTIFICATION: u8 = 0x4E;

/// AUX_PERF_SERVERINFO `ServerType`: unknown server type ([MS-OXCRPC] 2.2.2.2.5).
pub const SERVERTYPE_UNKNOWN: u16 = 0x00;
/// AUX_PERF_SERVERINFO `ServerType` 0x01: a connection serving private mailbox data
/// ([MS-OXCRPC] 2.2.2.2.5; the spec gives this value no name).
pub const SERVERTYPE_PRIVATE: u16 = 0x01;
/// AUX_PERF_SERVERINFO `ServerType` 0x02: a connection serving public folder data
/// ([MS-OXCRPC] 2.2.2.2.5; the spec gives this value no name).
pub const SERVERTYPE_PUBLIC: u16 = 0x02;
/// AUX_PERF_SERVERINFO `ServerType` 0x03: a connection serving directory data
/// ([MS-OXCRPC] 2.2.2.2.5; the spec gives this value no name).
pub const SERVERTYPE_DIRECTORY: u16 = 0x03;
/// AUX_PERF_SERVERINFO `ServerType` 0x04: a connection serving referrals
/// ([MS-OXCRPC] 2.2.2.2.5; the spec gives this value no name).
pub const SERVERTYPE_REFERRAL: u16 = 0x04;

/// AUX_PERF_CLIENTINFO `ClientMode`: the mode is unknown ([MS-OXCRPC] 2.2.2.2.4).
pub const CLIENTMODE_UNKNOWN: u16 = 0x00;
/// AUX_PERF_CLIENTINFO `ClientMode`: the client runs in classic online mode
/// ([MS-OXCRPC] 2.2.2.2.4).
pub const CLIENTMODE_CLASSIC: u16 = 0x01;
/// AUX_PERF_CLIENTINFO `ClientMode`: the client runs in cached mode ([MS-OXCRPC] 2.2.2.2.4).
pub const CLIENTMODE_CACHED: u16 = 0x02;

bitflags::bitflags! {
    /// AUX_CLIENT_CONTROL `EnableFlags` ([MS-OXCRPC] 2.2.2.2.15), the LE u32; unknown bits
    /// are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct ClientControlFlags: u32 {
        /// `ENABLE_PERF_SENDTOSERVER`: send performance data to the server.
        const ENABLE_PERF_SENDTOSERVER = 0x0000_0001;
        /// `ENABLE_COMPRESSION`: compress data sent to the server.
        const ENABLE_COMPRESSION = 0x0000_0004;
        /// `ENABLE_HTTP_TUNNELING`: use RPC over HTTP when configured.
        const ENABLE_HTTP_TUNNELING = 0x0000_0008;
        /// `ENABLE_PERF_SENDGCDATA`: include directory (GC) performance data.
        const ENABLE_PERF_SENDGCDATA = 0x0000_0010;
        const _ = !0;
    }
}

bitflags::bitflags! {
    /// AUX_EXORGINFO `OrgFlags` ([MS-OXCRPC] 2.2.2.2.17), the LE u32; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct ExOrgInfoFlags: u32 {
        /// `PUBLIC_FOLDERS_ENABLED`: the organization has public folders.
        const PUBLIC_FOLDERS_ENABLED = 0x0000_0001;
        /// `USE_AUTODISCOVER_FOR_PUBLIC_FOLDER_CONFIGURATION`: configure public folders
        /// through Autodiscover.
        const USE_AUTODISCOVER_FOR_PUBLIC_FOLDER_CONFIGURATION = 0x0000_0002;
        const _ = !0;
    }
}

bitflags::bitflags! {
    /// AUX_SERVER_CAPABILITIES `ServerCapabilityFlags` ([MS-OXCRPC] 2.2.2.2.19), the LE u32;
    /// unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct ServerCapabilityFlags: u32 {
        /// `PACKED_FAST_TRANSFER_UPLOAD_BUFFERS`: packed FastTransfer upload buffers accepted.
        const PACKED_FAST_TRANSFER_UPLOAD_BUFFERS = 0x0000_0001;
        /// `PACKED_WRITE_STREAM_UPLOAD_BUFFERS`: packed RopWriteStreamExtended buffers accepted.
        const PACKED_WRITE_STREAM_UPLOAD_BUFFERS = 0x0000_0002;
        /// `ULTRA_LARGE_PACKED_DOWNLOAD_BUFFERS`: packed download buffers up to 1 MB.
        const ULTRA_LARGE_PACKED_DOWNLOAD_BUFFERS = 0x0000_0008;
        const _ = !0;
    }
}

bitflags::bitflags! {
    /// AUX_ENDPOINT_CAPABILITIES `EndpointCapabilityFlag` ([MS-OXCRPC] 2.2.2.2.20), the LE
    /// u32; unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct EndpointCapabilityFlags: u32 {
        /// `ENDPOINT_CAPABILITIES_SINGLE_ENDPOINT`: RFRI, NSPI and EMSMDB on one HTTP endpoint.
        const ENDPOINT_CAPABILITIES_SINGLE_ENDPOINT = 0x0000_0001;
        const _ = !0;
    }
}

bitflags::bitflags! {
    /// AUX_CLIENT_CONNECTION_INFO `ConnectionFlags` ([MS-OXCRPC] 2.2.2.2.21), the LE u32;
    /// unknown bits are kept.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct ConnectionFlags: u32 {
        /// 0x0001: the client runs in cached mode (0 designates no mode).
        const CACHED_MODE = 0x0000_0001;
        const _ = !0;
    }
}

flags_codec!(
    ClientControlFlags: u32, 4, le_u32;
    ExOrgInfoFlags: u32, 4, le_u32;
    ServerCapabilityFlags: u32, 4, le_u32;
    EndpointCapabilityFlags: u32, 4, le_u32;
    ConnectionFlags: u32, 4, le_u32;
);

wire_struct! {
    /// AUX_HEADER ([MS-OXCRPC] 2.2.2.2): `Size` counts these 4 bytes plus the block after them.
    pub struct AuxHeader {
        size "Size": u16,
        version "Version": u8,
        block_type "Type": u8,
    }
}

// ---------------------------------------------------------------------------------------
// Fixed-layout blocks
// ---------------------------------------------------------------------------------------
// Each ends with `extra`: the bytes of a block whose `Size` is larger than its structure
// (fields a later revision may add). Receivers skip them (a block ends `Size` bytes after
// its header, [MS-OXCRPC] 3.1.4.1.2); we keep them so the block re-encodes as received.
// What a sender builds has none (`extra: &[]`).

/// The form of `extra`: every byte after the structure up to the block's `Size`, written
/// back as is, dumped only when present ([MS-OXCRPC] 2.2.2.2, 3.1.4.1.2).
struct Extra;

impl<'a> crate::wire::Form<'a, &'a [u8]> for Extra {
    #[inline]
    fn parse(input: &'a [u8], _: &'static str) -> PResult<'a, &'a [u8]> {
        Ok((input.get(input.len()..).unwrap_or_default(), input))
    }
    #[inline]
    fn encoded_len(v: &&'a [u8]) -> usize {
        v.len()
    }
    #[inline]
    fn encode(v: &&'a [u8], w: &mut Writer<'_>, _: &'static str) -> Result<(), EncodeError> {
        w.put_bytes(v)
    }
    fn dump(v: &&'a [u8], names: &str, d: &mut dyn Dumper) {
        if !v.is_empty() {
            d.bytes(names, v);
        }
    }
}

wire_struct! {
    /// AUX_PERF_REQUESTID ([MS-OXCRPC] 2.2.2.2.1): the session and request the following
    /// performance blocks belong to.
    pub struct AuxPerfRequestId<'a> {
        session_id "SessionID": u16,
        request_id "RequestID": u16,
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_PERF_SESSIONINFO ([MS-OXCRPC] 2.2.2.2.2): a client session and its GUID.
    pub struct AuxPerfSessionInfo<'a> {
        session_id "SessionID": u16,
        reserved "Reserved": u16,
        session_guid "SessionGuid": Guid,
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_PERF_SESSIONINFO_V2 ([MS-OXCRPC] 2.2.2.2.3): a client session, its GUID and
    /// connection number.
    pub struct AuxPerfSessionInfoV2<'a> {
        session_id "SessionID": u16,
        reserved "Reserved": u16,
        session_guid "SessionGuid": Guid,
        connection_id "ConnectionID": u32,
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_PERF_DEFMDB_SUCCESS ([MS-OXCRPC] 2.2.2.2.7): an earlier successful call to the
    /// messaging server (types 0x05, 0x0C BG, 0x11 FG).
    pub struct AuxPerfDefMdbSuccess<'a> {
        time_since_request "TimeSinceRequest": u32,
        time_to_complete_request "TimeToCompleteRequest": u32,
        request_id "RequestID": u16,
        reserved "Reserved": u16,
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_PERF_DEFGC_SUCCESS ([MS-OXCRPC] 2.2.2.2.8): an earlier successful call to the
    /// directory service (types 0x06, 0x0D BG, 0x12 FG).
    pub struct AuxPerfDefGcSuccess<'a> {
        server_id "ServerID": u16,
        session_id "SessionID": u16,
        time_since_request "TimeSinceRequest": u32,
        time_to_complete_request "TimeToCompleteRequest": u32,
        request_operation "RequestOperation": u8,
        reserved "Reserved": [u8; 3],
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_PERF_MDB_SUCCESS ([MS-OXCRPC] 2.2.2.2.9): an earlier successful call to the
    /// messaging server, with client, server and session (v1 types 0x07, 0x0E, 0x13).
    pub struct AuxPerfMdbSuccess<'a> {
        client_id "ClientID": u16,
        server_id "ServerID": u16,
        session_id "SessionID": u16,
        request_id "RequestID": u16,
        time_since_request "TimeSinceRequest": u32,
        time_to_complete_request "TimeToCompleteRequest": u32,
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_PERF_MDB_SUCCESS_V2 ([MS-OXCRPC] 2.2.2.2.10): AUX_PERF_MDB_SUCCESS plus the
    /// process (v2 types 0x07, 0x0E, 0x13).
    pub struct AuxPerfMdbSuccessV2<'a> {
        process_id "ProcessID": u16,
        client_id "ClientID": u16,
        server_id "ServerID": u16,
        session_id "SessionID": u16,
        request_id "RequestID": u16,
        reserved "Reserved": u16,
        time_since_request "TimeSinceRequest": u32,
        time_to_complete_request "TimeToCompleteRequest": u32,
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_PERF_GC_SUCCESS ([MS-OXCRPC] 2.2.2.2.11): an earlier successful call to the
    /// directory service (v1 types 0x08, 0x0F, 0x14).
    pub struct AuxPerfGcSuccess<'a> {
        client_id "ClientID": u16,
        server_id "ServerID": u16,
        session_id "SessionID": u16,
        reserved_1 "Reserved_1": u16,
        time_since_request "TimeSinceRequest": u32,
        time_to_complete_request "TimeToCompleteRequest": u32,
        request_operation "RequestOperation": u8,
        reserved_2 "Reserved_2": [u8; 3],
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_PERF_GC_SUCCESS_V2 ([MS-OXCRPC] 2.2.2.2.12): AUX_PERF_GC_SUCCESS plus the process
    /// (v2 types 0x08, 0x0F, 0x14).
    pub struct AuxPerfGcSuccessV2<'a> {
        process_id "ProcessID": u16,
        client_id "ClientID": u16,
        server_id "ServerID": u16,
        session_id "SessionID": u16,
        time_since_request "TimeSinceRequest": u32,
        time_to_complete_request "TimeToCompleteRequest": u32,
        request_operation "RequestOperation": u8,
        reserved "Reserved": [u8; 3],
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_PERF_FAILURE ([MS-OXCRPC] 2.2.2.2.13): an earlier failed call to the messaging
    /// server or directory service (v1 types 0x09, 0x10, 0x15).
    pub struct AuxPerfFailure<'a> {
        client_id "ClientID": u16,
        server_id "ServerID": u16,
        session_id "SessionID": u16,
        request_id "RequestID": u16,
        time_since_request "TimeSinceRequest": u32,
        time_to_fail_request "TimeToFailRequest": u32,
        result_code "ResultCode": u32,
        request_operation "RequestOperation": u8,
        reserved "Reserved": [u8; 3],
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_PERF_FAILURE_V2 ([MS-OXCRPC] 2.2.2.2.14): AUX_PERF_FAILURE plus the process
    /// (v2 types 0x09, 0x10, 0x15).
    pub struct AuxPerfFailureV2<'a> {
        process_id "ProcessID": u16,
        client_id "ClientID": u16,
        server_id "ServerID": u16,
        session_id "SessionID": u16,
        request_id "RequestID": u16,
        reserved_1 "Reserved_1": u16,
        time_since_request "TimeSinceRequest": u32,
        time_to_fail_request "TimeToFailRequest": u32,
        result_code "ResultCode": u32,
        request_operation "RequestOperation": u8,
        reserved_2 "Reserved_2": [u8; 3],
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_CLIENT_CONTROL ([MS-OXCRPC] 2.2.2.2.15): the server asks the client to change
    /// behaviour.
    pub struct AuxClientControl<'a> {
        enable_flags "EnableFlags": ClientControlFlags,
        expiry_time "ExpiryTime": u32,
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_OSVERSIONINFO ([MS-OXCRPC] 2.2.2.2.16): the server's operating system version.
    pub struct AuxOsVersionInfo<'a> {
        os_version_info_size "OSVersionInfoSize": u32,
        major_version "MajorVersion": u32,
        minor_version "MinorVersion": u32,
        build_number "BuildNumber": u32,
        reserved1 "Reserved1": [u8; 132],
        service_pack_major "ServicePackMajor": u16,
        service_pack_minor "ServicePackMinor": u16,
        reserved2 "Reserved2": u32,
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_EXORGINFO ([MS-OXCRPC] 2.2.2.2.17): whether the organization has public folders.
    pub struct AuxExOrgInfo<'a> {
        org_flags "OrgFlags": ExOrgInfoFlags,
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_PERF_ACCOUNTINFO ([MS-OXCRPC] 2.2.2.2.18): the account behind a client id.
    pub struct AuxPerfAccountInfo<'a> {
        client_id "ClientID": u16,
        reserved "Reserved": u16,
        account "Account": Guid,
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_SERVER_CAPABILITIES ([MS-OXCRPC] 2.2.2.2.19): capabilities the server supports.
    pub struct AuxServerCapabilities<'a> {
        server_capability_flags "ServerCapabilityFlags": ServerCapabilityFlags,
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

wire_struct! {
    /// AUX_ENDPOINT_CAPABILITIES ([MS-OXCRPC] 2.2.2.2.20): interfaces combined on one endpoint.
    pub struct AuxEndpointCapabilities<'a> {
        endpoint_capability_flag "EndpointCapabilityFlag": EndpointCapabilityFlags,
        extra "ExtraBytes": &'a [u8] as Extra => arb::extra_bytes(),
    }
}

// ---------------------------------------------------------------------------------------
// Blocks with variable fields reached through offsets
// ---------------------------------------------------------------------------------------
// Each block is one `aux_offset_block!` declaration (in `macros.rs`); the machinery it
// calls follows.

/// Lays out the variable fields of an offset block one after another, right after its
/// fixed part, and hands out their offsets from the start of the AUX_HEADER
/// ([MS-OXCRPC] 2.2.2.2.4 and the other offset blocks).
pub(crate) struct Placer {
    pos: usize,
}

impl Placer {
    pub(crate) fn new(fixed_len: usize) -> Self {
        Placer {
            pos: AUX_HEADER_SIZE.saturating_add(fixed_len),
        }
    }

    /// The offset of `v` (0 when absent), placed after the fields placed so far.
    pub(crate) fn offset<T: VarField>(
        &mut self,
        v: &Option<T>,
        field: &'static str,
    ) -> Result<u16, EncodeError> {
        match v {
            None => Ok(0),
            Some(v) => {
                let at = u16_len(self.pos, field)?;
                self.pos = self.pos.saturating_add(v.var_len());
                Ok(at)
            }
        }
    }

    /// Payload length with the whole block padded to a multiple of 4 bytes.
    pub(crate) fn payload_len(&self) -> usize {
        let padded = self.pos.saturating_add(3) & !3;
        padded.saturating_sub(AUX_HEADER_SIZE)
    }
}

/// A value stored in the variable part of an offset block: a NUL-terminated string or a
/// byte blob ([MS-OXCRPC] 2.2.2.2.4).
pub(crate) trait VarField {
    /// Bytes the value takes in the variable part.
    fn var_len(&self) -> usize;
    /// Writes the value.
    fn write_var(&self, w: &mut Writer<'_>) -> Result<(), EncodeError>;
}

impl VarField for Utf16Str<'_> {
    fn var_len(&self) -> usize {
        self.encoded_len()
    }
    fn write_var(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        self.encode(w)
    }
}

impl VarField for Str8<'_> {
    fn var_len(&self) -> usize {
        self.encoded_len()
    }
    fn write_var(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        self.encode(w)
    }
}

impl VarField for &[u8] {
    fn var_len(&self) -> usize {
        self.len()
    }
    fn write_var(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        w.put_bytes(self)
    }
}

/// The size field of a blob (0 when absent).
pub(crate) fn var_size(b: &Option<&[u8]>, field: &'static str) -> Result<u16, EncodeError> {
    u16_len(b.map_or(0, <[u8]>::len), field)
}

/// The start, in `payload`, of a variable field whose offset (from the AUX_HEADER) is
/// `offset`, if it lies after the fixed part and inside the block with room for `min` bytes.
fn var_start(payload: &[u8], fixed_len: usize, offset: u16, min: usize) -> Option<usize> {
    usize::from(offset)
        .checked_sub(AUX_HEADER_SIZE)
        .filter(|&s| s >= fixed_len && s.saturating_add(min) <= payload.len())
}

fn bad_offset<T>(
    payload: &[u8],
    field_at: usize,
    field: &'static str,
) -> Result<T, nom::Err<Fail>> {
    Err(nom::Err::Error(Fail::at(
        payload.get(field_at..).unwrap_or_default(),
        ErrorKind::InvalidValue { field },
    )))
}

/// Reads the NUL-terminated string an offset field (at `field_at` in the fixed part) points
/// to; offset 0 means none.
pub(crate) fn var_value<'a, T: Decode<'a>>(
    payload: &'a [u8],
    fixed_len: usize,
    offset: u16,
    field_at: usize,
    field: &'static str,
) -> Result<Option<T>, nom::Err<Fail>> {
    if offset == 0 {
        return Ok(None);
    }
    match var_start(payload, fixed_len, offset, 1) {
        Some(s) => {
            let (_, v) = T::parse(payload.get(s..).unwrap_or_default())?;
            Ok(Some(v))
        }
        None => bad_offset(payload, field_at, field),
    }
}

/// Reads the `size` bytes an offset field (at `field_at`) points to; offset 0 means none.
/// With size 0 the field is empty wherever its offset points: peers never read it (gromox
/// skips a field whose size or offset is 0), so a stray offset is accepted; the block's
/// `wire` bytes keep it for re-encoding.
pub(crate) fn var_bytes<'a>(
    payload: &'a [u8],
    fixed_len: usize,
    offset: u16,
    size: u16,
    field_at: usize,
    field: &'static str,
) -> Result<Option<&'a [u8]>, nom::Err<Fail>> {
    if offset == 0 {
        return Ok(None);
    }
    if size == 0 {
        return Ok(payload.get(..0));
    }
    let size = usize::from(size);
    match var_start(payload, fixed_len, offset, size) {
        Some(s) => Ok(payload.get(s..s.saturating_add(size))),
        None => bad_offset(payload, field_at, field),
    }
}

/// A block whose fixed part holds offsets to variable fields after it; implemented by
/// `aux_offset_block!`.
pub(crate) trait OffsetBlock<'a>: Sized + PartialEq {
    /// The fixed part as on the wire, offsets included.
    type Fixed: Decode<'a> + Encode + Dump + Clone;
    /// The payload bytes this value was decoded from, if any.
    fn wire(&self) -> Option<&'a [u8]>;
    /// Builds the value from its fixed part and the whole payload.
    fn resolve(fixed: Self::Fixed, payload: &'a [u8]) -> Result<Self, nom::Err<Fail>>;
    /// The canonical fixed part (offsets in declaration order) and payload length.
    fn canonical(&self) -> Result<(Self::Fixed, usize), EncodeError>;
    /// Writes the present variable fields in declaration order.
    fn write_vars(&self, w: &mut Writer<'_>) -> Result<(), EncodeError>;
    /// Dumps the present variable fields.
    fn dump_vars(&self, d: &mut dyn Dumper);
}

/// How an offset block is written: its own wire bytes, or the canonical layout.
enum Layout<'a, F> {
    Wire(&'a [u8], F),
    Canonical(F, usize),
}

pub(crate) fn parse_offset_block<'a, B: OffsetBlock<'a>>(payload: &'a [u8]) -> PResult<'a, B> {
    let (_, fixed) = B::Fixed::parse(payload)?;
    let block = B::resolve(fixed, payload)?;
    Ok((&[], block))
}

fn layout<'a, B: OffsetBlock<'a>>(b: &B) -> Result<Layout<'a, B::Fixed>, EncodeError> {
    if let Some(wire) = b.wire()
        && let Ok((_, fixed)) = B::Fixed::parse(wire)
        && let Ok(again) = B::resolve(fixed.clone(), wire)
        && again == *b
    {
        return Ok(Layout::Wire(wire, fixed));
    }
    let (fixed, n) = b.canonical()?;
    Ok(Layout::Canonical(fixed, n))
}

pub(crate) fn fixed_of<'a, B: OffsetBlock<'a>>(b: &B) -> Result<B::Fixed, EncodeError> {
    match layout(b)? {
        Layout::Wire(_, f) | Layout::Canonical(f, _) => Ok(f),
    }
}

pub(crate) fn offset_block_len<'a, B: OffsetBlock<'a>>(b: &B) -> usize {
    match layout(b) {
        Ok(Layout::Wire(wire, _)) => wire.len(),
        Ok(Layout::Canonical(_, n)) => n,
        Err(_) => 0,
    }
}

pub(crate) fn encode_offset_block<'a, B: OffsetBlock<'a>>(
    b: &B,
    w: &mut Writer<'_>,
) -> Result<(), EncodeError> {
    match layout(b)? {
        Layout::Wire(wire, _) => w.put_bytes(wire),
        Layout::Canonical(fixed, n) => {
            let start = w.position();
            fixed.encode(w)?;
            b.write_vars(w)?;
            let written = w.position().saturating_sub(start);
            w.reserve(n.saturating_sub(written)).map(|_| ())
        }
    }
}

pub(crate) fn dump_offset_block<'a, B: OffsetBlock<'a>>(b: &B, d: &mut dyn Dumper) {
    if let Ok(Layout::Wire(_, fixed) | Layout::Canonical(fixed, _)) = layout(b) {
        fixed.dump(d);
    }
    b.dump_vars(d);
}

aux_offset_block! {
    /// AUX_PERF_CLIENTINFO ([MS-OXCRPC] 2.2.2.2.4): the client machine, user and network
    /// adapter.
    ///
    /// The six variable fields are reached through offsets from the start of the AUX_HEADER;
    /// offset 0 means absent (`None`). A decoded value keeps its payload in `wire` and, as
    /// long as its fields are unchanged, re-encodes those exact bytes (whatever order, gaps or
    /// padding the sender used). Otherwise (built by the caller, or changed after decoding) it
    /// is encoded canonically: the present fields in spec order right after the fixed part,
    /// the sizes taken from the byte fields, and the block padded with zeros to a multiple
    /// of 4. Equality ignores `wire`. `ClientMode` is [`CLIENTMODE_UNKNOWN`],
    /// [`CLIENTMODE_CLASSIC`] or [`CLIENTMODE_CACHED`].
    pub struct AuxPerfClientInfo<'a>, fixed AuxPerfClientInfoFixed {
        adapter_speed "AdapterSpeed": u32,
        client_id "ClientID": u16,
        machine_name "MachineName": Option<Utf16Str<'a>>
            as Offset(machine_name_offset "MachineNameOffset"),
        user_name "UserName": Option<Utf16Str<'a>> as Offset(user_name_offset "UserNameOffset"),
        client_ip "ClientIP": Option<&'a [u8]>
            as SizeOffset(client_ip_size "ClientIPSize", client_ip_offset "ClientIPOffset"),
        client_ip_mask "ClientIPMask": Option<&'a [u8]>
            as SizeOffset(
                client_ip_mask_size "ClientIPMaskSize",
                client_ip_mask_offset "ClientIPMaskOffset"
            ),
        adapter_name "AdapterName": Option<Utf16Str<'a>>
            as Offset(adapter_name_offset "AdapterNameOffset"),
        mac_address "MacAddress": Option<&'a [u8]>
            as SizeOffset(mac_address_size "MacAddressSize", mac_address_offset "MacAddressOffset"),
        client_mode "ClientMode": u16,
        reserved "Reserved": u16,
    }
}

aux_offset_block! {
    /// AUX_PERF_SERVERINFO ([MS-OXCRPC] 2.2.2.2.5): the server the performance data belongs
    /// to; `ServerType` is [`SERVERTYPE_UNKNOWN`] … [`SERVERTYPE_REFERRAL`]. Offsets, `wire`
    /// and equality work as for [`AuxPerfClientInfo`].
    pub struct AuxPerfServerInfo<'a>, fixed AuxPerfServerInfoFixed {
        server_id "ServerID": u16,
        server_type "ServerType": u16,
        server_dn "ServerDN": Option<Utf16Str<'a>> as Offset(server_dn_offset "ServerDNOffset"),
        server_name "ServerName": Option<Utf16Str<'a>>
            as Offset(server_name_offset "ServerNameOffset"),
    }
}

aux_offset_block! {
    /// AUX_PERF_PROCESSINFO ([MS-OXCRPC] 2.2.2.2.6): the client process (one layout for both
    /// Version 1 and Version 2). Offsets, `wire` and equality work as for
    /// [`AuxPerfClientInfo`].
    pub struct AuxPerfProcessInfo<'a>, fixed AuxPerfProcessInfoFixed {
        process_id "ProcessID": u16,
        reserved_1 "Reserved_1": u16,
        process_guid "ProcessGuid": Guid,
        process_name "ProcessName": Option<Utf16Str<'a>>
            as Offset(process_name_offset "ProcessNameOffset"),
        reserved_2 "Reserved_2": u16,
    }
}

aux_offset_block! {
    /// AUX_CLIENT_CONNECTION_INFO ([MS-OXCRPC] 2.2.2.2.21): the client connection, for the
    /// server's logs. Offsets, `wire` and equality work as for [`AuxPerfClientInfo`].
    pub struct AuxClientConnectionInfo<'a>, fixed AuxClientConnectionInfoFixed {
        connection_guid "ConnectionGUID": Guid,
        connection_context_info "ConnectionContextInfo": Option<Utf16Str<'a>>
            as Offset(offset_connection_context_info "OffsetConnectionContextInfo"),
        reserved "Reserved": u16,
        connection_attempts "ConnectionAttempts": u32,
        connection_flags "ConnectionFlags": ConnectionFlags,
    }
}

aux_offset_block! {
    /// AUX_SERVER_SESSION_INFO ([MS-OXCRPC] 2.2.2.2.22): server session context for the
    /// client's logs. Offsets, `wire` and equality work as for [`AuxPerfClientInfo`].
    pub struct AuxServerSessionInfo<'a>, fixed AuxServerSessionInfoFixed {
        server_session_context_info "ServerSessionContextInfo": Option<Utf16Str<'a>>
            as Offset(offset_server_session_context_info "OffsetServerSessionContextInfo"),
    }
}

aux_offset_block! {
    /// AUX_PROTOCOL_DEVICE_IDENTIFICATION ([MS-OXCRPC] 2.2.2.2.23): the device in the middle
    /// (manufacturer, model, serial number, versions). Offsets, `wire` and equality work as
    /// for [`AuxPerfClientInfo`].
    pub struct AuxProtocolDeviceIdentification<'a>, fixed AuxProtocolDeviceIdentificationFixed {
        device_manufacturer "DeviceManufacturer": Option<Utf16Str<'a>>
            as Offset(device_manufacturer_offset "DeviceManufacturerOffset"),
        device_model "DeviceModel": Option<Utf16Str<'a>>
            as Offset(device_model_offset "DeviceModelOffset"),
        device_serial_number "DeviceSerialNumber": Option<Utf16Str<'a>>
            as Offset(device_serial_number_offset "DeviceSerialNumberOffset"),
        device_version "DeviceVersion": Option<Utf16Str<'a>>
            as Offset(device_version_offset "DeviceVersionOffset"),
        device_firmware_version "DeviceFirmwareVersion": Option<Utf16Str<'a>>
            as Offset(device_firmware_version_offset "DeviceFirmwareVersionOffset"),
    }
}

// ---------------------------------------------------------------------------------------
// The block enum
// ---------------------------------------------------------------------------------------

macro_rules! aux_blocks {
    ($(
        $(#[$doc:meta])*
        $variant:ident = ($version:ident, $ty:ident) => $payload:ty, $structure:literal;
    )+) => {
        /// One auxiliary block: an AUX_HEADER and the structure its `Version` and `Type`
        /// select ([MS-OXCRPC] 2.2.2.2). `Size` is not stored: it is the encoded length.
        #[derive(Debug, Clone, PartialEq)]
        pub enum AuxBlock<'a> {
            $( $(#[$doc])* $variant($payload), )+
            /// A (Version, Type) pair [MS-OXCRPC] 2.2.2.2 does not define, kept raw; receivers
            /// skip such blocks (3.1.4.1.2). `header.size` must be `4 + payload.len()`.
            Unknown {
                /// The AUX_HEADER as read.
                header: AuxHeader,
                /// The `Size - 4` bytes after the header.
                payload: &'a [u8],
            },
        }

        impl<'a> AuxBlock<'a> {
            /// The AUX_HEADER `Version` ([MS-OXCRPC] 2.2.2.2).
            pub fn version(&self) -> u8 {
                match self {
                    $( AuxBlock::$variant(_) => $version, )+
                    AuxBlock::Unknown { header, .. } => header.version,
                }
            }

            /// The AUX_HEADER `Type` ([MS-OXCRPC] 2.2.2.2).
            pub fn block_type(&self) -> u8 {
                match self {
                    $( AuxBlock::$variant(_) => $ty, )+
                    AuxBlock::Unknown { header, .. } => header.block_type,
                }
            }

            /// The spec name of the block structure, e.g. `AUX_PERF_DEFMDB_SUCCESS`
            /// ([MS-OXCRPC] 2.2.2.2); `None` for [`AuxBlock::Unknown`].
            pub fn structure_name(&self) -> Option<&'static str> {
                match self {
                    $( AuxBlock::$variant(_) => Some($structure), )+
                    AuxBlock::Unknown { .. } => None,
                }
            }

            fn payload_len(&self) -> usize {
                match self {
                    $( AuxBlock::$variant(p) => p.encoded_len(), )+
                    AuxBlock::Unknown { payload, .. } => payload.len(),
                }
            }

            fn encode_payload(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
                match self {
                    $( AuxBlock::$variant(p) => p.encode(w), )+
                    AuxBlock::Unknown { payload, .. } => w.put_bytes(payload),
                }
            }

            fn dump_payload(&self, d: &mut dyn Dumper) {
                match self {
                    $( AuxBlock::$variant(p) => p.dump_field($structure, d), )+
                    AuxBlock::Unknown { payload, .. } => payload.dump_field("Payload", d),
                }
            }

            fn decode_payload(header: AuxHeader, input: &'a [u8], len: usize) -> PResult<'a, Self> {
                match (header.version, header.block_type) {
                    $(
                        ($version, $ty) => sized(input, len, <$payload as Decode<'a>>::parse)
                            .map(|(rest, p)| (rest, AuxBlock::$variant(p))),
                    )+
                    _ => take(input, len)
                        .map(|(rest, payload)| (rest, AuxBlock::Unknown { header, payload })),
                }
            }
        }

        /// The spec type name (e.g. `AUX_TYPE_PERF_BG_DEFMDB_SUCCESS`) of a (Version, Type)
        /// pair defined by [MS-OXCRPC] 2.2.2.2, or `None` when the pair is not defined.
        pub fn aux_type_name(version: u8, block_type: u8) -> Option<&'static str> {
            match (version, block_type) {
                $( ($version, $ty) => Some(stringify!($ty)), )+
                _ => None,
            }
        }
    };
}

aux_blocks! {
    /// Version 1, `AUX_TYPE_PERF_REQUESTID` (0x01) ([MS-OXCRPC] 2.2.2.2.1).
    PerfRequestId = (AUX_VERSION_1, AUX_TYPE_PERF_REQUESTID) => AuxPerfRequestId<'a>, "AUX_PERF_REQUESTID";
    /// Version 1, `AUX_TYPE_PERF_CLIENTINFO` (0x02) ([MS-OXCRPC] 2.2.2.2.4).
    PerfClientInfo = (AUX_VERSION_1, AUX_TYPE_PERF_CLIENTINFO) => AuxPerfClientInfo<'a>, "AUX_PERF_CLIENTINFO";
    /// Version 1, `AUX_TYPE_PERF_SERVERINFO` (0x03) ([MS-OXCRPC] 2.2.2.2.5).
    PerfServerInfo = (AUX_VERSION_1, AUX_TYPE_PERF_SERVERINFO) => AuxPerfServerInfo<'a>, "AUX_PERF_SERVERINFO";
    /// Version 1, `AUX_TYPE_PERF_SESSIONINFO` (0x04) ([MS-OXCRPC] 2.2.2.2.2).
    PerfSessionInfo = (AUX_VERSION_1, AUX_TYPE_PERF_SESSIONINFO) => AuxPerfSessionInfo<'a>, "AUX_PERF_SESSIONINFO";
    /// Version 1, `AUX_TYPE_PERF_DEFMDB_SUCCESS` (0x05) ([MS-OXCRPC] 2.2.2.2.7).
    PerfDefMdbSuccess = (AUX_VERSION_1, AUX_TYPE_PERF_DEFMDB_SUCCESS) => AuxPerfDefMdbSuccess<'a>, "AUX_PERF_DEFMDB_SUCCESS";
    /// Version 1, `AUX_TYPE_PERF_DEFGC_SUCCESS` (0x06) ([MS-OXCRPC] 2.2.2.2.8).
    PerfDefGcSuccess = (AUX_VERSION_1, AUX_TYPE_PERF_DEFGC_SUCCESS) => AuxPerfDefGcSuccess<'a>, "AUX_PERF_DEFGC_SUCCESS";
    /// Version 1, `AUX_TYPE_PERF_MDB_SUCCESS` (0x07) ([MS-OXCRPC] 2.2.2.2.9).
    PerfMdbSuccess = (AUX_VERSION_1, AUX_TYPE_PERF_MDB_SUCCESS) => AuxPerfMdbSuccess<'a>, "AUX_PERF_MDB_SUCCESS";
    /// Version 1, `AUX_TYPE_PERF_GC_SUCCESS` (0x08) ([MS-OXCRPC] 2.2.2.2.11).
    PerfGcSuccess = (AUX_VERSION_1, AUX_TYPE_PERF_GC_SUCCESS) => AuxPerfGcSuccess<'a>, "AUX_PERF_GC_SUCCESS";
    /// Version 1, `AUX_TYPE_PERF_FAILURE` (0x09) ([MS-OXCRPC] 2.2.2.2.13).
    PerfFailure = (AUX_VERSION_1, AUX_TYPE_PERF_FAILURE) => AuxPerfFailure<'a>, "AUX_PERF_FAILURE";
    /// Version 1, `AUX_TYPE_CLIENT_CONTROL` (0x0A) ([MS-OXCRPC] 2.2.2.2.15).
    ClientControl = (AUX_VERSION_1, AUX_TYPE_CLIENT_CONTROL) => AuxClientControl<'a>, "AUX_CLIENT_CONTROL";
    /// Version 1, `AUX_TYPE_PERF_PROCESSINFO` (0x0B) ([MS-OXCRPC] 2.2.2.2.6).
    PerfProcessInfo = (AUX_VERSION_1, AUX_TYPE_PERF_PROCESSINFO) => AuxPerfProcessInfo<'a>, "AUX_PERF_PROCESSINFO";
    /// Version 1, `AUX_TYPE_PERF_BG_DEFMDB_SUCCESS` (0x0C) ([MS-OXCRPC] 2.2.2.2.7).
    PerfBgDefMdbSuccess = (AUX_VERSION_1, AUX_TYPE_PERF_BG_DEFMDB_SUCCESS) => AuxPerfDefMdbSuccess<'a>, "AUX_PERF_DEFMDB_SUCCESS";
    /// Version 1, `AUX_TYPE_PERF_BG_DEFGC_SUCCESS` (0x0D) ([MS-OXCRPC] 2.2.2.2.8).
    PerfBgDefGcSuccess = (AUX_VERSION_1, AUX_TYPE_PERF_BG_DEFGC_SUCCESS) => AuxPerfDefGcSuccess<'a>, "AUX_PERF_DEFGC_SUCCESS";
    /// Version 1, `AUX_TYPE_PERF_BG_MDB_SUCCESS` (0x0E) ([MS-OXCRPC] 2.2.2.2.9).
    PerfBgMdbSuccess = (AUX_VERSION_1, AUX_TYPE_PERF_BG_MDB_SUCCESS) => AuxPerfMdbSuccess<'a>, "AUX_PERF_MDB_SUCCESS";
    /// Version 1, `AUX_TYPE_PERF_BG_GC_SUCCESS` (0x0F) ([MS-OXCRPC] 2.2.2.2.11).
    PerfBgGcSuccess = (AUX_VERSION_1, AUX_TYPE_PERF_BG_GC_SUCCESS) => AuxPerfGcSuccess<'a>, "AUX_PERF_GC_SUCCESS";
    /// Version 1, `AUX_TYPE_PERF_BG_FAILURE` (0x10) ([MS-OXCRPC] 2.2.2.2.13).
    PerfBgFailure = (AUX_VERSION_1, AUX_TYPE_PERF_BG_FAILURE) => AuxPerfFailure<'a>, "AUX_PERF_FAILURE";
    /// Version 1, `AUX_TYPE_PERF_FG_DEFMDB_SUCCESS` (0x11) ([MS-OXCRPC] 2.2.2.2.7).
    PerfFgDefMdbSuccess = (AUX_VERSION_1, AUX_TYPE_PERF_FG_DEFMDB_SUCCESS) => AuxPerfDefMdbSuccess<'a>, "AUX_PERF_DEFMDB_SUCCESS";
    /// Version 1, `AUX_TYPE_PERF_FG_DEFGC_SUCCESS` (0x12) ([MS-OXCRPC] 2.2.2.2.8).
    PerfFgDefGcSuccess = (AUX_VERSION_1, AUX_TYPE_PERF_FG_DEFGC_SUCCESS) => AuxPerfDefGcSuccess<'a>, "AUX_PERF_DEFGC_SUCCESS";
    /// Version 1, `AUX_TYPE_PERF_FG_MDB_SUCCESS` (0x13) ([MS-OXCRPC] 2.2.2.2.9).
    PerfFgMdbSuccess = (AUX_VERSION_1, AUX_TYPE_PERF_FG_MDB_SUCCESS) => AuxPerfMdbSuccess<'a>, "AUX_PERF_MDB_SUCCESS";
    /// Version 1, `AUX_TYPE_PERF_FG_GC_SUCCESS` (0x14) ([MS-OXCRPC] 2.2.2.2.11).
    PerfFgGcSuccess = (AUX_VERSION_1, AUX_TYPE_PERF_FG_GC_SUCCESS) => AuxPerfGcSuccess<'a>, "AUX_PERF_GC_SUCCESS";
    /// Version 1, `AUX_TYPE_PERF_FG_FAILURE` (0x15) ([MS-OXCRPC] 2.2.2.2.13).
    PerfFgFailure = (AUX_VERSION_1, AUX_TYPE_PERF_FG_FAILURE) => AuxPerfFailure<'a>, "AUX_PERF_FAILURE";
    /// Version 1, `AUX_TYPE_OSVERSIONINFO` (0x16) ([MS-OXCRPC] 2.2.2.2.16).
    OsVersionInfo = (AUX_VERSION_1, AUX_TYPE_OSVERSIONINFO) => AuxOsVersionInfo<'a>, "AUX_OSVERSIONINFO";
    /// Version 1, `AUX_TYPE_EXORGINFO` (0x17) ([MS-OXCRPC] 2.2.2.2.17).
    ExOrgInfo = (AUX_VERSION_1, AUX_TYPE_EXORGINFO) => AuxExOrgInfo<'a>, "AUX_EXORGINFO";
    /// Version 1, `AUX_TYPE_PERF_ACCOUNTINFO` (0x18) ([MS-OXCRPC] 2.2.2.2.18).
    PerfAccountInfo = (AUX_VERSION_1, AUX_TYPE_PERF_ACCOUNTINFO) => AuxPerfAccountInfo<'a>, "AUX_PERF_ACCOUNTINFO";
    /// Version 1, `AUX_TYPE_SERVER_CAPABILITIES` (0x46) ([MS-OXCRPC] 2.2.2.2.19).
    ServerCapabilities = (AUX_VERSION_1, AUX_TYPE_SERVER_CAPABILITIES) => AuxServerCapabilities<'a>, "AUX_SERVER_CAPABILITIES";
    /// Version 1, `AUX_TYPE_ENDPOINT_CAPABILITIES` (0x48) ([MS-OXCRPC] 2.2.2.2.20).
    EndpointCapabilities = (AUX_VERSION_1, AUX_TYPE_ENDPOINT_CAPABILITIES) => AuxEndpointCapabilities<'a>, "AUX_ENDPOINT_CAPABILITIES";
    /// Version 1, `AUX_TYPE_CLIENT_CONNECTION_INFO` (0x4A) ([MS-OXCRPC] 2.2.2.2.21).
    ClientConnectionInfo = (AUX_VERSION_1, AUX_TYPE_CLIENT_CONNECTION_INFO) => AuxClientConnectionInfo<'a>, "AUX_CLIENT_CONNECTION_INFO";
    /// Version 1, `AUX_TYPE_SERVER_SESSION_INFO` (0x4B) ([MS-OXCRPC] 2.2.2.2.22).
    ServerSessionInfo = (AUX_VERSION_1, AUX_TYPE_SERVER_SESSION_INFO) => AuxServerSessionInfo<'a>, "AUX_SERVER_SESSION_INFO";
    /// Version 1, `AUX_TYPE_PROTOCOL_DEVICE_IDENTIFICATION` (0x4E) ([MS-OXCRPC] 2.2.2.2.23).
    ProtocolDeviceIdentification = (AUX_VERSION_1, AUX_TYPE_PROTOCOL_DEVICE_IDENTIFICATION) => AuxProtocolDeviceIdentification<'a>, "AUX_PROTOCOL_DEVICE_IDENTIFICATION";
    /// Version 2, `AUX_TYPE_PERF_SESSIONINFO` (0x04) ([MS-OXCRPC] 2.2.2.2.3).
    PerfSessionInfoV2 = (AUX_VERSION_2, AUX_TYPE_PERF_SESSIONINFO) => AuxPerfSessionInfoV2<'a>, "AUX_PERF_SESSIONINFO_V2";
    /// Version 2, `AUX_TYPE_PERF_MDB_SUCCESS` (0x07) ([MS-OXCRPC] 2.2.2.2.10).
    PerfMdbSuccessV2 = (AUX_VERSION_2, AUX_TYPE_PERF_MDB_SUCCESS) => AuxPerfMdbSuccessV2<'a>, "AUX_PERF_MDB_SUCCESS_V2";
    /// Version 2, `AUX_TYPE_PERF_GC_SUCCESS` (0x08) ([MS-OXCRPC] 2.2.2.2.12).
    PerfGcSuccessV2 = (AUX_VERSION_2, AUX_TYPE_PERF_GC_SUCCESS) => AuxPerfGcSuccessV2<'a>, "AUX_PERF_GC_SUCCESS_V2";
    /// Version 2, `AUX_TYPE_PERF_FAILURE` (0x09) ([MS-OXCRPC] 2.2.2.2.14).
    PerfFailureV2 = (AUX_VERSION_2, AUX_TYPE_PERF_FAILURE) => AuxPerfFailureV2<'a>, "AUX_PERF_FAILURE_V2";
    /// Version 2, `AUX_TYPE_PERF_PROCESSINFO` (0x0B) ([MS-OXCRPC] 2.2.2.2.6; same layout as v1).
    PerfProcessInfoV2 = (AUX_VERSION_2, AUX_TYPE_PERF_PROCESSINFO) => AuxPerfProcessInfo<'a>, "AUX_PERF_PROCESSINFO";
    /// Version 2, `AUX_TYPE_PERF_BG_MDB_SUCCESS` (0x0E) ([MS-OXCRPC] 2.2.2.2.10).
    PerfBgMdbSuccessV2 = (AUX_VERSION_2, AUX_TYPE_PERF_BG_MDB_SUCCESS) => AuxPerfMdbSuccessV2<'a>, "AUX_PERF_MDB_SUCCESS_V2";
    /// Version 2, `AUX_TYPE_PERF_BG_GC_SUCCESS` (0x0F) ([MS-OXCRPC] 2.2.2.2.12).
    PerfBgGcSuccessV2 = (AUX_VERSION_2, AUX_TYPE_PERF_BG_GC_SUCCESS) => AuxPerfGcSuccessV2<'a>, "AUX_PERF_GC_SUCCESS_V2";
    /// Version 2, `AUX_TYPE_PERF_BG_FAILURE` (0x10) ([MS-OXCRPC] 2.2.2.2.14).
    PerfBgFailureV2 = (AUX_VERSION_2, AUX_TYPE_PERF_BG_FAILURE) => AuxPerfFailureV2<'a>, "AUX_PERF_FAILURE_V2";
    /// Version 2, `AUX_TYPE_PERF_FG_MDB_SUCCESS` (0x13) ([MS-OXCRPC] 2.2.2.2.10).
    PerfFgMdbSuccessV2 = (AUX_VERSION_2, AUX_TYPE_PERF_FG_MDB_SUCCESS) => AuxPerfMdbSuccessV2<'a>, "AUX_PERF_MDB_SUCCESS_V2";
    /// Version 2, `AUX_TYPE_PERF_FG_GC_SUCCESS` (0x14) ([MS-OXCRPC] 2.2.2.2.12).
    PerfFgGcSuccessV2 = (AUX_VERSION_2, AUX_TYPE_PERF_FG_GC_SUCCESS) => AuxPerfGcSuccessV2<'a>, "AUX_PERF_GC_SUCCESS_V2";
    /// Version 2, `AUX_TYPE_PERF_FG_FAILURE` (0x15) ([MS-OXCRPC] 2.2.2.2.14).
    PerfFgFailureV2 = (AUX_VERSION_2, AUX_TYPE_PERF_FG_FAILURE) => AuxPerfFailureV2<'a>, "AUX_PERF_FAILURE_V2";
}

impl<'a> AuxBlock<'a> {
    /// The spec type name of this block's (Version, Type) pair, e.g.
    /// `AUX_TYPE_PERF_BG_DEFMDB_SUCCESS` ([MS-OXCRPC] 2.2.2.2); `None` for unknown pairs.
    pub fn type_name(&self) -> Option<&'static str> {
        aux_type_name(self.version(), self.block_type())
    }

    /// The AUX_HEADER this block is written with; `Size` is the encoded length and must fit
    /// in 16 bits ([MS-OXCRPC] 2.2.2.2).
    pub fn header(&self) -> Result<AuxHeader, EncodeError> {
        // Offsets that do not fit in 16 bits make the canonical layout fail; report that
        // rather than the length of a block that cannot be written.
        match self {
            AuxBlock::Unknown { header, .. } => return Ok(*header),
            AuxBlock::PerfClientInfo(p) => p.fixed().map(drop)?,
            AuxBlock::PerfServerInfo(p) => p.fixed().map(drop)?,
            AuxBlock::PerfProcessInfo(p) | AuxBlock::PerfProcessInfoV2(p) => p.fixed().map(drop)?,
            AuxBlock::ClientConnectionInfo(p) => p.fixed().map(drop)?,
            AuxBlock::ServerSessionInfo(p) => p.fixed().map(drop)?,
            AuxBlock::ProtocolDeviceIdentification(p) => p.fixed().map(drop)?,
            _ => {}
        }
        Ok(AuxHeader {
            size: u16_len(self.encoded_len(), "Size")?,
            version: self.version(),
            block_type: self.block_type(),
        })
    }
}

impl<'a> Decode<'a> for AuxBlock<'a> {
    /// Decodes one block: the AUX_HEADER, then exactly `Size - 4` payload bytes. `Size`
    /// below 4 is [`ErrorKind::InvalidValue`]; `Size` past the input is
    /// [`ErrorKind::Truncated`] at the header ([MS-OXCRPC] 2.2.2.2).
    fn parse(input: &'a [u8]) -> PResult<'a, Self> {
        if input.len() < AUX_HEADER_SIZE {
            let needed = AUX_HEADER_SIZE.saturating_sub(input.len());
            return fail(input, ErrorKind::Truncated { needed });
        }
        let (after, header) = AuxHeader::parse(input)?;
        let size = usize::from(header.size);
        if size < AUX_HEADER_SIZE {
            return fail(
                input,
                ErrorKind::InvalidValue {
                    field: "Size (smaller than the 4-byte AUX_HEADER)",
                },
            );
        }
        if size > input.len() {
            let needed = size.saturating_sub(input.len());
            return fail(input, ErrorKind::Truncated { needed });
        }
        AuxBlock::decode_payload(header, after, size.saturating_sub(AUX_HEADER_SIZE))
    }
}

impl Encode for AuxBlock<'_> {
    fn encoded_len(&self) -> usize {
        AUX_HEADER_SIZE.saturating_add(self.payload_len())
    }

    /// Writes the AUX_HEADER with `Size` back-patched, then the block. An
    /// [`AuxBlock::Unknown`] is written as it is and its `Size` must match its payload.
    fn encode(&self, w: &mut Writer<'_>) -> Result<(), EncodeError> {
        if let AuxBlock::Unknown { header, payload } = self {
            if usize::from(header.size) != AUX_HEADER_SIZE.saturating_add(payload.len()) {
                return Err(EncodeError::InvalidValue {
                    field: "Size (differs from 4 + the payload length)",
                });
            }
            header.encode(w)?;
            return w.put_bytes(payload);
        }
        let at = w.reserve(2)?;
        w.put_u8(self.version())?;
        w.put_u8(self.block_type())?;
        self.encode_payload(w)?;
        let size = u16_len(w.position().saturating_sub(at), "Size")?;
        w.patch_u16(at, size)
    }
}

impl Dump for AuxBlock<'_> {
    /// Dumps the AUX_HEADER fields, then the block under its structure name.
    fn dump(&self, d: &mut dyn Dumper) {
        let size = u64::try_from(self.encoded_len()).unwrap_or(u64::MAX);
        d.int("Size", size, 2);
        d.int("Version", u64::from(self.version()), 1);
        d.int("Type", u64::from(self.block_type()), 1);
        self.dump_payload(d);
    }
}

impl DumpField for AuxBlock<'_> {
    fn dump_field(&self, name: &str, d: &mut dyn Dumper) {
        d.begin(name);
        self.dump(d);
        d.end();
    }
}

/// Writes one auxiliary block, AUX_HEADER `Size` back-patched ([MS-OXCRPC] 2.2.2.2).
pub fn write_aux_block(w: &mut Writer<'_>, block: &AuxBlock<'_>) -> Result<(), EncodeError> {
    block.encode(w)
}

/// Writes auxiliary blocks one after another, the payload of an auxiliary buffer
/// ([MS-OXCRPC] 3.1.4.1.2).
pub fn write_aux_blocks(w: &mut Writer<'_>, blocks: &[AuxBlock<'_>]) -> Result<(), EncodeError> {
    blocks.iter().try_for_each(|b| b.encode(w))
}

/// Writes a whole auxiliary buffer (`rgbAuxIn`, `rgbAuxOut`, MAPI/HTTP `AuxiliaryBuffer`):
/// one RPC_HEADER_EXT with `Last` added to `flags`, then the blocks, obfuscated when
/// `XorMagic` is set. Fails when the buffer would exceed [`MAX_AUX_BUFFER`]
/// ([MS-OXCRPC] 3.1.4.1.1.1.1, 3.1.4.2).
pub fn write_aux_buffer(
    w: &mut Writer<'_>,
    flags: RpcFlags,
    blocks: &[AuxBlock<'_>],
) -> Result<(), EncodeError> {
    let limit = MAX_AUX_BUFFER.saturating_sub(RPC_HEADER_EXT_SIZE);
    let total = blocks
        .iter()
        .fold(0usize, |n, b| n.saturating_add(b.encoded_len()));
    if total > limit {
        return Err(EncodeError::InvalidValue {
            field: "AuxiliaryBufferSize (blocks exceed 0x1008 bytes with the header)",
        });
    }
    write_block_with(w, flags | RpcFlags::LAST, |w| write_aux_blocks(w, blocks))
}

/// A zero-copy walk over the blocks of a de-obfuscated auxiliary payload (the bytes after
/// the RPC_HEADER_EXT) ([MS-OXCRPC] 2.2.2.2, 3.1.4.1.2).
///
/// Blocks follow each other with no padding in between: each starts `Size` bytes after the
/// previous one. The walk ends at the end of the input. A bad block (a header cut short,
/// `Size` below 4, `Size` past the input, a payload that does not fit its structure) yields
/// one error with its absolute offset and ends the walk, so the blocks before it are still
/// returned.
#[derive(Debug, Clone)]
pub struct AuxWalker<'a> {
    input: &'a [u8],
    pos: usize,
    base: usize,
    done: bool,
}

impl<'a> AuxWalker<'a> {
    /// A walk over `payload`, offsets counted from its start ([MS-OXCRPC] 3.1.4.1.2).
    pub fn new(payload: &'a [u8]) -> Self {
        Self::with_offset(payload, 0)
    }

    /// A walk over `payload` that lies at `base` in an enclosing buffer (e.g. 8, after the
    /// RPC_HEADER_EXT); reported offsets are absolute in that buffer ([MS-OXCRPC] 3.1.4.1.2).
    pub fn with_offset(payload: &'a [u8], base: usize) -> Self {
        AuxWalker {
            input: payload,
            pos: 0,
            base,
            done: false,
        }
    }

    /// Absolute offset of the next block's AUX_HEADER (or of the end, once walked)
    /// ([MS-OXCRPC] 2.2.2.2).
    pub fn offset(&self) -> usize {
        self.base.saturating_add(self.pos)
    }

    /// Walks every block and returns how many there are, or the first error
    /// ([MS-OXCRPC] 3.1.4.1.2).
    pub fn validate(self) -> Result<usize, DecodeError> {
        let mut n = 0usize;
        for block in self {
            block?;
            n = n.saturating_add(1);
        }
        Ok(n)
    }
}

impl<'a> Iterator for AuxWalker<'a> {
    type Item = Result<AuxBlock<'a>, DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let rest = self.input.get(self.pos..).unwrap_or_default();
        if rest.is_empty() {
            self.done = true;
            return None;
        }
        match AuxBlock::parse(rest) {
            Ok((after, block)) => {
                self.pos = self
                    .pos
                    .saturating_add(rest.len().saturating_sub(after.len()));
                Some(Ok(block))
            }
            Err(e) => {
                self.done = true;
                let mut err = to_decode_error(e, rest.len());
                err.offset = err.offset.saturating_add(self.offset());
                Some(Err(err))
            }
        }
    }
}

impl FusedIterator for AuxWalker<'_> {}

/// Reads a whole auxiliary buffer (`rgbAuxIn`, `rgbAuxOut`, MAPI/HTTP `AuxiliaryBuffer`):
/// its single RPC_HEADER_EXT must carry `Last`; the payload is un-XORed into `scratch` when
/// obfuscated, and the returned walk reports offsets within `buffer`
/// ([MS-OXCRPC] 3.1.4.1.1.1.1, 3.1.4.1.1.1.2). An empty buffer has no blocks.
/// `Compressed` payloads are not supported yet.
pub fn aux_walker<'s>(
    buffer: &'s [u8],
    scratch: &'s mut [u8],
) -> Result<AuxWalker<'s>, DecodeError> {
    if buffer.is_empty() {
        return Ok(AuxWalker::new(buffer));
    }
    let mut chain = RpcChain::new(buffer);
    let block = match chain.next() {
        Some(Ok(b)) => b,
        Some(Err(e)) => return Err(e),
        None => return Ok(AuxWalker::new(&[])),
    };
    if !block.header.is_last() {
        return Err(DecodeError {
            offset: block.offset.saturating_add(2),
            kind: ErrorKind::InvalidValue {
                field: "Flags (Last not set on an auxiliary buffer)",
            },
        });
    }
    if let Some(Err(e)) = chain.next() {
        return Err(e);
    }
    let payload_offset = block.payload_offset();
    let payload = block.payload_into(scratch)?;
    Ok(AuxWalker::with_offset(payload, payload_offset))
}

// ---------------------------------------------------------------------------------------
// proptest strategies
// ---------------------------------------------------------------------------------------

#[cfg(feature = "proptest")]
mod arb {
    use super::*;
    use crate::arbitrary::{Arb, leak};
    use proptest::collection::vec as pvec;
    use proptest::prelude::*;

    /// The `extra` bytes of a fixed block: mostly none (what a sender writes), sometimes a
    /// few words a later revision might add.
    pub(super) fn extra_bytes<'a>() -> impl Strategy<Value = &'a [u8]> {
        prop_oneof![
            3 => Just(&[][..]),
            1 => (1usize..3).prop_flat_map(|words| pvec(any::<u8>(), 4 * words))
                .prop_map(|v| -> &'a [u8] { leak(v) }),
        ]
    }

    /// Picks one of the variants that share a payload layout.
    fn one_of<'a, P: Clone + core::fmt::Debug + 'a, const N: usize>(
        payload: impl Strategy<Value = P>,
        variants: [fn(P) -> AuxBlock<'a>; N],
    ) -> impl Strategy<Value = AuxBlock<'a>> {
        (payload, 0..N).prop_map(move |(p, i)| match variants.get(i) {
            Some(f) => f(p),
            None => AuxBlock::Unknown {
                header: AuxHeader {
                    size: 4,
                    version: 0,
                    block_type: 0,
                },
                payload: &[],
            },
        })
    }

    impl<'a> Arb<'a> for AuxBlock<'a> {
        fn arb() -> impl Strategy<Value = Self> {
            use AuxBlock as B;
            let perf = prop_oneof![
                AuxPerfRequestId::arb().prop_map(B::PerfRequestId),
                AuxPerfSessionInfo::arb().prop_map(B::PerfSessionInfo),
                AuxPerfSessionInfoV2::arb().prop_map(B::PerfSessionInfoV2),
                one_of(
                    AuxPerfDefMdbSuccess::arb(),
                    [
                        B::PerfDefMdbSuccess,
                        B::PerfBgDefMdbSuccess,
                        B::PerfFgDefMdbSuccess
                    ]
                ),
                one_of(
                    AuxPerfDefGcSuccess::arb(),
                    [
                        B::PerfDefGcSuccess,
                        B::PerfBgDefGcSuccess,
                        B::PerfFgDefGcSuccess
                    ]
                ),
                one_of(
                    AuxPerfMdbSuccess::arb(),
                    [B::PerfMdbSuccess, B::PerfBgMdbSuccess, B::PerfFgMdbSuccess]
                ),
                one_of(
                    AuxPerfMdbSuccessV2::arb(),
                    [
                        B::PerfMdbSuccessV2,
                        B::PerfBgMdbSuccessV2,
                        B::PerfFgMdbSuccessV2
                    ]
                ),
                one_of(
                    AuxPerfGcSuccess::arb(),
                    [B::PerfGcSuccess, B::PerfBgGcSuccess, B::PerfFgGcSuccess]
                ),
                one_of(
                    AuxPerfGcSuccessV2::arb(),
                    [
                        B::PerfGcSuccessV2,
                        B::PerfBgGcSuccessV2,
                        B::PerfFgGcSuccessV2
                    ]
                ),
            ];
            let more = prop_oneof![
                one_of(
                    AuxPerfFailure::arb(),
                    [B::PerfFailure, B::PerfBgFailure, B::PerfFgFailure]
                ),
                one_of(
                    AuxPerfFailureV2::arb(),
                    [B::PerfFailureV2, B::PerfBgFailureV2, B::PerfFgFailureV2]
                ),
                AuxClientControl::arb().prop_map(B::ClientControl),
                AuxOsVersionInfo::arb().prop_map(B::OsVersionInfo),
                AuxExOrgInfo::arb().prop_map(B::ExOrgInfo),
                AuxPerfAccountInfo::arb().prop_map(B::PerfAccountInfo),
                AuxServerCapabilities::arb().prop_map(B::ServerCapabilities),
                AuxEndpointCapabilities::arb().prop_map(B::EndpointCapabilities),
            ];
            let variable = prop_oneof![
                AuxPerfClientInfo::arb().prop_map(B::PerfClientInfo),
                AuxPerfServerInfo::arb().prop_map(B::PerfServerInfo),
                one_of(
                    AuxPerfProcessInfo::arb(),
                    [B::PerfProcessInfo, B::PerfProcessInfoV2]
                ),
                AuxClientConnectionInfo::arb().prop_map(B::ClientConnectionInfo),
                AuxServerSessionInfo::arb().prop_map(B::ServerSessionInfo),
                AuxProtocolDeviceIdentification::arb().prop_map(B::ProtocolDeviceIdentification),
            ];
            let unknown = (any::<u8>(), any::<u8>(), pvec(any::<u8>(), 0..24))
                .prop_filter("an undefined (Version, Type) pair", |(v, t, _)| {
                    aux_type_name(*v, *t).is_none()
                })
                .prop_map(|(version, block_type, bytes)| {
                    let payload: &'a [u8] = leak(bytes);
                    AuxBlock::Unknown {
                        header: AuxHeader {
                            size: u16::try_from(AUX_HEADER_SIZE.saturating_add(payload.len()))
                                .unwrap_or(4),
                            version,
                            block_type,
                        },
                        payload,
                    }
                });
            prop_oneof![3 => perf, 3 => more, 3 => variable, 1 => unknown]
        }
    }
}
