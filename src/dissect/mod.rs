//! The dissector: the input forms people paste, read into bytes (ropdump input forms).

pub mod input;
