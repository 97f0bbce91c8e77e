//! Auxiliary buffers: AUX_HEADER and its blocks ([MS-OXCRPC] 2.2.2.2, 3.1.4.1.2).
