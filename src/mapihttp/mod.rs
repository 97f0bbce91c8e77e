//! MAPI over HTTP bodies and the response stream ([MS-OXCMAPIHTTP] 2.2.4, 2.2.7).
