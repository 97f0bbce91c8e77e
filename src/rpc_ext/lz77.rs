//! LZ77 (DIRECT2) compression of RPC_HEADER_EXT payloads ([MS-OXCRPC] 3.1.7.2).
