//! ROP buffer framing ([MS-OXCROPS] 2.2.1).
