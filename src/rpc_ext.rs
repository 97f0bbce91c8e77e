//! RPC_HEADER_EXT framing ([MS-OXCRPC] 2.2.2.1).
