//! A sans-IO streaming decoder for the response stream ([MS-OXCMAPIHTTP] 2.2.7).
