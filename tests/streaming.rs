//! The incremental response-stream decoder and writer ([MS-OXCMAPIHTTP] 2.2.2.2, 2.2.7,
//! 3.2.5.2; RFC 9112 7.1 chunked transfer coding): every split of real streams gives the
//! events of the whole-buffer decoder, errors carry absolute offsets, the writer's bytes.

mod common;
use common::encode_a5;

use proptest::prelude::*;
use ropwire::mapihttp::streaming::{
    DoneHeaders, Event, Framing, MAX_DONE_HEADERS, MAX_LINE_LEN, StreamDecoder, write_body,
    write_chunk, write_done_with_times, write_end, write_pending, write_processing,
};
use ropwire::mapihttp::{
    Header, HeaderBlock, MetaTag, MetaTagBlock, ResponseStream, write_stream_prefix,
};
use ropwire::sample::{DONE_HEADERS, write_execute_response, write_response_stream};
use ropwire::wire::{Decode, Writer};
use ropwire::{DecodeError, EncodeError, ErrorKind};

// ---------------------------------------------------------------------------------------
// Helpers

/// The sample response stream (de-chunked): PROCESSING, PENDING, DONE, three headers,
/// the empty line and an Execute response body.
fn sample() -> Vec<u8> {
    encode_a5(write_response_stream)
}

/// An event with owned data, for comparing runs.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ev {
    Processing,
    /// Whether a CRLF ended it.
    Pending(bool),
    Done,
    Header(String, String),
    HeadersEnd,
    /// Consecutive body events merged.
    Body(Vec<u8>),
    Trailer(String, String),
    End,
}

fn push(events: &mut Vec<Ev>, e: Event<'_, '_>) {
    let owned = match e {
        Event::Processing => Ev::Processing,
        Event::Pending { crlf } => Ev::Pending(crlf),
        Event::Done => Ev::Done,
        Event::Header(h) => Ev::Header(h.name.into(), h.value.into()),
        Event::HeadersEnd => Ev::HeadersEnd,
        Event::Body(b) => {
            assert!(!b.is_empty(), "empty body event");
            if let Some(Ev::Body(prev)) = events.last_mut() {
                prev.extend_from_slice(b);
                return;
            }
            Ev::Body(b.to_vec())
        }
        Event::Trailer(h) => Ev::Trailer(h.name.into(), h.value.into()),
        Event::End => Ev::End,
    };
    events.push(owned);
}

/// Feeds `pieces` in order, then finishes. In identity framing a successful `finish` is
/// recorded as `End`. Checks the `feed` contract on the way.
fn run<'a>(
    framing: Framing,
    pieces: impl IntoIterator<Item = &'a [u8]>,
) -> (Vec<Ev>, Result<(), DecodeError>) {
    let mut dec = StreamDecoder::new(framing);
    let mut events = Vec::new();
    let mut fed = 0usize;
    for piece in pieces {
        let mut rest = piece;
        loop {
            match dec.feed(rest) {
                Err(e) => {
                    assert_eq!(dec.feed(b"more").unwrap_err(), e, "errors are sticky");
                    assert_eq!(dec.finish().unwrap_err(), e, "errors are sticky");
                    return (events, Err(e));
                }
                Ok((used, event)) => {
                    assert!(used <= rest.len());
                    rest = &rest[used..];
                    fed += used;
                    let more = match event {
                        None => false,
                        Some(e) => {
                            push(&mut events, e);
                            true
                        }
                    };
                    // The event borrowed the decoder until here.
                    assert_eq!(dec.offset(), fed);
                    if !more {
                        assert!(
                            rest.is_empty() || dec.is_complete(),
                            "None before the piece was used up"
                        );
                        break;
                    }
                }
            }
        }
    }
    let end = dec.finish();
    if end.is_ok() {
        assert!(dec.is_complete());
        if framing == Framing::Identity {
            events.push(Ev::End);
        }
    }
    (events, end)
}

fn run_whole(framing: Framing, input: &[u8]) -> (Vec<Ev>, Result<(), DecodeError>) {
    run(framing, [input])
}

fn run_split(framing: Framing, input: &[u8], at: usize) -> (Vec<Ev>, Result<(), DecodeError>) {
    let (a, b) = input.split_at(at);
    run(framing, [a, b])
}

fn run_bytewise(framing: Framing, input: &[u8]) -> (Vec<Ev>, Result<(), DecodeError>) {
    run(framing, input.chunks(1))
}

/// The events the whole-buffer decoder implies for a valid de-chunked stream, with the
/// trailers a chunked wrapping adds before `End`.
fn expected(stream: &[u8], trailers: &[(&str, &str)]) -> Vec<Ev> {
    let s = ResponseStream::decode(stream).expect("whole-buffer decode");
    let MetaTagBlock::Wire(mut rest) = s.tags else {
        panic!("a decoded stream keeps its meta-tag bytes")
    };
    let mut v = Vec::new();
    for tag in s.meta_tags() {
        rest = &rest[tag.as_str().len()..];
        let crlf = rest.starts_with(b"\r\n");
        if crlf {
            rest = &rest[2..];
        }
        v.push(match tag {
            MetaTag::Processing => Ev::Processing,
            MetaTag::Pending => Ev::Pending(crlf),
            MetaTag::Done => Ev::Done,
        });
    }
    assert!(rest.is_empty());
    v.extend(
        s.headers
            .iter()
            .map(|h| Ev::Header(h.name.into(), h.value.into())),
    );
    v.push(Ev::HeadersEnd);
    if !s.body.is_empty() {
        v.push(Ev::Body(s.body.to_vec()));
    }
    v.extend(
        trailers
            .iter()
            .map(|(n, val)| Ev::Trailer((*n).into(), (*val).into())),
    );
    v.push(Ev::End);
    v
}

/// How to wrap a stream in chunked transfer coding.
#[derive(Debug, Clone)]
struct Chunking {
    /// Chunk sizes, used in turn.
    sizes: Vec<usize>,
    /// Chunk extensions, used in turn ("" for none).
    exts: Vec<&'static str>,
    /// Trailer lines (without CRLF).
    trailers: Vec<&'static str>,
}

/// The chunked wire bytes and, for each de-chunked offset (and one past the end), its raw
/// offset (one past the end maps to the start of the last-chunk line).
fn chunk(stream: &[u8], how: &Chunking) -> (Vec<u8>, Vec<usize>) {
    let mut out = Vec::new();
    let mut map = Vec::new();
    let mut rest = stream;
    let mut i = 0usize;
    while !rest.is_empty() {
        let n = how.sizes[i % how.sizes.len()].clamp(1, rest.len());
        let ext = how.exts[i % how.exts.len()];
        out.extend(format!("{n:x}{ext}\r\n").bytes());
        map.extend(out.len()..out.len() + n);
        out.extend(&rest[..n]);
        out.extend(b"\r\n");
        rest = &rest[n..];
        i += 1;
    }
    map.push(out.len());
    out.extend(b"0;last\r\n");
    for t in &how.trailers {
        out.extend(t.bytes());
        out.extend(b"\r\n");
    }
    out.extend(b"\r\n");
    (out, map)
}

fn chunkings() -> Vec<Chunking> {
    vec![
        Chunking {
            sizes: vec![1],
            exts: vec![""],
            trailers: vec![],
        },
        Chunking {
            sizes: vec![7],
            exts: vec![";a=b", "", " ; name = \"q\\\"d\" ;x"],
            trailers: vec!["X-Trailer: 1"],
        },
        Chunking {
            sizes: vec![64],
            exts: vec![""],
            trailers: vec!["X-Checksum: abc", "Server-Timing: db;dur=53"],
        },
        Chunking {
            sizes: vec![3, 1, 100, 2, 13],
            exts: vec!["", ";ext", ";e=\"\"", ";e=tok"],
            trailers: vec![],
        },
        Chunking {
            sizes: vec![4096],
            exts: vec![""],
            trailers: vec![],
        },
    ]
}

fn trailer_pairs(how: &Chunking) -> Vec<(&'static str, &'static str)> {
    how.trailers
        .iter()
        .map(|t| {
            let (n, v) = t.split_once(':').unwrap();
            (n, v.trim())
        })
        .collect()
}

fn err(offset: usize, kind: ErrorKind) -> DecodeError {
    DecodeError { offset, kind }
}

fn invalid(offset: usize, field: &'static str) -> DecodeError {
    err(offset, ErrorKind::InvalidValue { field })
}

// ---------------------------------------------------------------------------------------
// The sample stream, every split

#[test]
fn sample_identity_every_split_matches_whole_buffer() {
    let stream = sample();
    let want = expected(&stream, &[]);
    assert_eq!(
        want.len(),
        9,
        "PROCESSING PENDING DONE 3×header end body End"
    );
    assert_eq!(
        run_whole(Framing::Identity, &stream),
        (want.clone(), Ok(()))
    );
    assert_eq!(
        run_bytewise(Framing::Identity, &stream),
        (want.clone(), Ok(()))
    );
    for at in 0..=stream.len() {
        assert_eq!(
            run_split(Framing::Identity, &stream, at),
            (want.clone(), Ok(())),
            "split at {at}"
        );
    }
}

#[test]
fn sample_chunked_every_split_matches_whole_buffer() {
    let stream = sample();
    for how in chunkings() {
        let (wire, _) = chunk(&stream, &how);
        let want = expected(&stream, &trailer_pairs(&how));
        assert_eq!(run_whole(Framing::Chunked, &wire), (want.clone(), Ok(())));
        assert_eq!(
            run_bytewise(Framing::Chunked, &wire),
            (want.clone(), Ok(()))
        );
        for at in 0..=wire.len() {
            assert_eq!(
                run_split(Framing::Chunked, &wire, at),
                (want.clone(), Ok(())),
                "{how:?}, split at {at}"
            );
        }
    }
}

#[test]
fn headers_borrow_the_input_when_whole() {
    let stream = sample();
    let mut dec = StreamDecoder::new(Framing::Identity);
    let mut rest = &stream[..];
    let range = stream.as_ptr_range();
    let mut bodies: Vec<&[u8]> = Vec::new();
    loop {
        let (used, ev) = dec.feed(rest).unwrap();
        rest = &rest[used..];
        match ev {
            None => break,
            Some(Event::Header(h)) => assert!(range.contains(&h.name.as_ptr())),
            Some(Event::Body(b)) => bodies.push(b), // kept across calls
            Some(_) => {}
        }
    }
    assert_eq!(bodies.len(), 1);
    assert!(range.contains(&bodies[0].as_ptr()), "zero-copy body");
}

#[test]
fn bigger_stream_from_the_writer() {
    // A ~32 KB body written as several chunks, with three keep-alives.
    let body: Vec<u8> = (0..32 * 1024).map(|i| (i * 7 % 251) as u8).collect();
    let done = DoneHeaders {
        headers: &DONE_HEADERS[..1],
        elapsed_ms: 40_123,
        start_time: "Sun, 22 Nov 2026 10:15:30 GMT",
    };
    let write = |framing| {
        encode_a5(|w| {
            write_processing(w, framing)?;
            for _ in 0..3 {
                write_pending(w, framing)?;
            }
            write_done_with_times(w, framing, &done)?;
            for part in body.chunks(5000) {
                write_body(w, framing, part)?;
            }
            write_end(w, framing)
        })
    };
    let identity = write(Framing::Identity);
    let chunked = write(Framing::Chunked);
    let want = expected(&identity, &[]);
    assert_eq!(
        want[..4],
        [
            Ev::Processing,
            Ev::Pending(true),
            Ev::Pending(true),
            Ev::Pending(true)
        ]
    );
    assert_eq!(want.last(), Some(&Ev::End));
    assert_eq!(want[want.len() - 2], Ev::Body(body));
    for framing in [Framing::Identity, Framing::Chunked] {
        let wire = if framing == Framing::Identity {
            &identity
        } else {
            &chunked
        };
        assert_eq!(run_whole(framing, wire), (want.clone(), Ok(())));
        assert_eq!(run(framing, wire.chunks(512)), (want.clone(), Ok(())));
        assert_eq!(run_bytewise(framing, wire), (want.clone(), Ok(())));
    }
}

// ---------------------------------------------------------------------------------------
// Errors at absolute offsets

#[test]
fn bad_chunk_size() {
    let (events, end) = run_whole(Framing::Chunked, b"G\r\nPROCESSING\r\n");
    assert!(events.is_empty());
    assert_eq!(end, Err(invalid(0, "chunk-size (not a hex digit)")));
    // After a good chunk: the bad size line starts at 17.
    let wire = b"C\r\nPROCESSING\r\n\r\n9x\r\nPENDING\r\n";
    let (events, end) = run_bytewise(Framing::Chunked, wire);
    assert_eq!(events, [Ev::Processing]);
    assert_eq!(end, Err(invalid(18, "chunk-size (not a hex digit)")));
    // Empty chunk-size line.
    assert_eq!(
        run_whole(Framing::Chunked, b"\r\n").1,
        Err(invalid(0, "chunk-size (not a hex digit)"))
    );
    // Too many significant digits; leading zeros are free.
    assert_eq!(
        run_whole(Framing::Chunked, b"123456789\r\n").1,
        Err(err(
            0,
            ErrorKind::CountTooLarge {
                field: "chunk-size (more than MAX_CHUNK_SIZE_DIGITS hex digits)"
            }
        ))
    );
    let padded = b"0000000000000C\r\nPROCESSING\r\n";
    assert_eq!(
        run_whole(Framing::Chunked, padded).1,
        Err(err(padded.len(), ErrorKind::Truncated { needed: 2 }))
    );
    // Whitespace before CRLF is not in the grammar; before ';' it is.
    assert_eq!(
        run_whole(Framing::Chunked, b"C \r\n").1,
        Err(invalid(2, "chunk-ext (expected ';' after whitespace)"))
    );
    assert_eq!(
        run_whole(Framing::Chunked, b"C;=1\r\n").1,
        Err(invalid(2, "chunk-ext-name (not a token)"))
    );
    assert_eq!(
        run_whole(Framing::Chunked, b"C;a=\"x\r\n").1,
        Err(invalid(6, "chunk-ext-val (bad quoted-string)"))
    );
    assert_eq!(
        run_whole(Framing::Chunked, b"C;a=b c\r\n").1,
        Err(invalid(6, "chunk-ext (expected ';' after whitespace)"))
    );
    assert_eq!(
        run_whole(Framing::Chunked, b"C\rX").1,
        Err(invalid(2, "chunk-size line (CR without LF)"))
    );
    // A chunk-size line longer than the limit (extensions included).
    let mut long = b"C;a=".to_vec();
    long.extend(std::iter::repeat_n(b'x', MAX_LINE_LEN));
    long.extend(b"\r\n");
    assert_eq!(
        run_bytewise(Framing::Chunked, &long).1,
        Err(err(
            0,
            ErrorKind::CountTooLarge {
                field: "chunk-size line (longer than MAX_LINE_LEN)"
            }
        ))
    );
}

#[test]
fn missing_crlf_after_chunk_data() {
    let wire = b"C\r\nPROCESSING\r\nX\r\n";
    for (events, end) in [
        run_whole(Framing::Chunked, wire),
        run_bytewise(Framing::Chunked, wire),
    ] {
        assert_eq!(events, [Ev::Processing]);
        assert_eq!(end, Err(invalid(15, "chunk-data (no CRLF after the data)")));
    }
    // CR present, LF missing.
    assert_eq!(
        run_whole(Framing::Chunked, b"C\r\nPROCESSING\r\n\rX").1,
        Err(invalid(16, "chunk-data (no CRLF after the data)"))
    );
}

#[test]
fn done_before_processing() {
    assert_eq!(
        run_whole(Framing::Identity, b"DONE\r\n\r\n"),
        (
            vec![],
            Err(invalid(0, "meta-tag (PROCESSING must come first)"))
        )
    );
    // Chunked: the offset counts the chunk-size line; the tag is split over two chunks.
    let wire = b"2\r\nDO\r\n4\r\nNE\r\n\r\n";
    for (events, end) in [
        run_whole(Framing::Chunked, wire),
        run_bytewise(Framing::Chunked, wire),
    ] {
        assert!(events.is_empty());
        assert_eq!(
            end,
            Err(invalid(3, "meta-tag (PROCESSING must come first)"))
        );
    }
    // A repeated PROCESSING is accepted (gromox sends one before DONE); this was an error
    // before. The stream is merely unfinished here.
    assert_eq!(
        run_whole(Framing::Identity, b"PROCESSING\r\nPROCESSING\r\n"),
        (
            vec![Ev::Processing, Ev::Processing],
            Err(DecodeError {
                offset: 24,
                kind: ErrorKind::Truncated { needed: 6 }
            })
        )
    );
    assert_eq!(
        run_bytewise(Framing::Identity, b"PROCESSING\r\nPENDINX").1,
        Err(invalid(12, "meta-tag (not PROCESSING, PENDING or DONE)"))
    );
}

#[test]
fn bad_header_lines() {
    let prefix = b"PROCESSING\r\nDONE\r\n";
    let at = prefix.len();
    let cases: [(&[u8], usize, &str); 6] = [
        (b"Bad Name: x\r\n", 0, "header name (not a token)"),
        (b"NoColon\r\n", 0, "header line (no colon)"),
        (
            b"X-ResponseCode: abc\r\n",
            15,
            "X-ResponseCode (not a decimal u32)",
        ),
        (b"X-A: \xFF\r\n", 4, "header value (not UTF-8)"),
        (b"X-A: b\rc\r\n", 6, "header line (CR without LF)"),
        (b"X-A: b\nc\r\n", 6, "header line (LF without CR)"),
    ];
    for (line, off, field) in cases {
        let mut stream = prefix.to_vec();
        stream.extend(line);
        stream.extend(b"\r\nbody");
        let whole = ResponseStream::decode(&stream).unwrap_err();
        assert_eq!(whole, invalid(at + off, field), "whole-buffer");
        assert_eq!(run_whole(Framing::Identity, &stream).1, Err(whole));
        assert_eq!(run_bytewise(Framing::Identity, &stream).1, Err(whole));
        // Chunked with a chunk boundary inside the line: the offset is mapped to the raw
        // input, exactly, for every chunk size.
        for size in [1, 2, 5, 19, 20, 21] {
            let how = Chunking {
                sizes: vec![size],
                exts: vec![""],
                trailers: vec![],
            };
            let (wire, map) = chunk(&stream, &how);
            assert_eq!(
                run_whole(Framing::Chunked, &wire).1,
                Err(invalid(map[at + off], field)),
                "{:?}, chunk size {size}",
                String::from_utf8_lossy(line)
            );
        }
    }
}

#[test]
fn overlong_lines() {
    let prefix = b"PROCESSING\r\nDONE\r\n";
    let line_of = |len: usize| {
        let mut s = prefix.to_vec();
        s.extend(b"X-Long: ");
        s.extend(std::iter::repeat_n(b'v', len - 8));
        s.extend(b"\r\n\r\n");
        s
    };
    // Exactly MAX_LINE_LEN is fine, split or not.
    let ok = line_of(MAX_LINE_LEN);
    let want = expected(&ok, &[]);
    assert_eq!(run_whole(Framing::Identity, &ok), (want.clone(), Ok(())));
    assert_eq!(run(Framing::Identity, ok.chunks(100)), (want, Ok(())));
    // One more byte is too long, reported at the line start however it is split.
    let long = line_of(MAX_LINE_LEN + 1);
    let e = err(
        prefix.len(),
        ErrorKind::CountTooLarge {
            field: "header line (longer than MAX_LINE_LEN)",
        },
    );
    assert_eq!(run_whole(Framing::Identity, &long).1, Err(e));
    assert_eq!(run(Framing::Identity, long.chunks(100)).1, Err(e));
    assert_eq!(run_bytewise(Framing::Identity, &long).1, Err(e));
    // The whole-buffer decoder has no such limit.
    assert!(ResponseStream::decode(&long).is_ok());
    // Trailer lines have the same limit.
    let mut wire = b"C\r\nPROCESSING\r\n\r\n6\r\nDONE\r\n\r\n2\r\n\r\n\r\n0\r\n".to_vec();
    let trailer_at = wire.len();
    wire.extend(b"X-T: ");
    wire.extend(std::iter::repeat_n(b't', MAX_LINE_LEN));
    wire.extend(b"\r\n\r\n");
    assert_eq!(
        run_whole(Framing::Chunked, &wire).1,
        Err(err(
            trailer_at,
            ErrorKind::CountTooLarge {
                field: "header line (longer than MAX_LINE_LEN)"
            }
        ))
    );
}

#[test]
fn truncated_then_finish() {
    // Identity: the same error as the whole-buffer decoder, for every prefix.
    let stream = sample();
    let body_at = ResponseStream::decode(&stream).unwrap().body_offset();
    for n in 0..body_at {
        let whole = ResponseStream::decode(&stream[..n]).unwrap_err();
        assert!(
            matches!(whole.kind, ErrorKind::Truncated { .. }),
            "prefix {n}: {whole}"
        );
        assert_eq!(run_whole(Framing::Identity, &stream[..n]).1, Err(whole));
        assert_eq!(run_bytewise(Framing::Identity, &stream[..n]).1, Err(whole));
    }
    assert_eq!(
        run_whole(Framing::Identity, b"PROCESSING\r\nPEN").1,
        Err(err(12, ErrorKind::Truncated { needed: 6 }))
    );
    // `finish` right after a header event, without feeding the (empty) rest first.
    let mut dec = StreamDecoder::new(Framing::Identity);
    let mut rest = &b"PROCESSING\r\nDONE\r\nX-A: 1\r\n"[..];
    loop {
        let (used, ev) = dec.feed(rest).unwrap();
        rest = &rest[used..];
        if matches!(ev, Some(Event::Header(_))) {
            break;
        }
    }
    assert!(rest.is_empty());
    assert_eq!(
        dec.finish(),
        Err(err(26, ErrorKind::Truncated { needed: 2 }))
    );
    // Chunked: every proper prefix is truncated, never invalid.
    let how = &chunkings()[1];
    let (wire, _) = chunk(&stream, how);
    for n in 0..wire.len() {
        let (_, end) = run_split(Framing::Chunked, &wire[..n], n / 2);
        assert!(
            matches!(
                end,
                Err(DecodeError {
                    kind: ErrorKind::Truncated { .. },
                    ..
                })
            ),
            "prefix {n}: {end:?}"
        );
    }
    // In chunk data: the missing data bytes at the end of the input.
    assert_eq!(
        run_whole(Framing::Chunked, b"C\r\nPROC").1,
        Err(err(7, ErrorKind::Truncated { needed: 8 }))
    );
    // The last chunk arrives while the stream is still in its headers: the de-chunked
    // stream is truncated where its next line would start.
    assert_eq!(
        run_whole(
            Framing::Chunked,
            b"C\r\nPROCESSING\r\n\r\n6\r\nDONE\r\n\r\n0\r\n\r\n"
        )
        .1,
        Err(err(28, ErrorKind::Truncated { needed: 2 }))
    );
    assert_eq!(
        run_whole(Framing::Chunked, b"3\r\nDON\r\n0\r\n\r\n").1,
        Err(invalid(3, "meta-tag (not PROCESSING, PENDING or DONE)"))
    );
}

#[test]
fn end_consumes_nothing_after_the_message() {
    let stream = sample();
    let (mut wire, _) = chunk(&stream, &chunkings()[2]);
    let len = wire.len();
    wire.extend(b"HTTP/1.1 200 OK\r\n");
    let mut dec = StreamDecoder::new(Framing::Chunked);
    let mut rest = &wire[..];
    let mut saw_end = false;
    loop {
        let (used, ev) = dec.feed(rest).unwrap();
        rest = &rest[used..];
        match ev {
            Some(Event::End) => saw_end = true,
            Some(_) => {}
            None => break,
        }
    }
    assert!(saw_end && dec.is_complete());
    assert_eq!(dec.offset(), len);
    assert_eq!(rest, b"HTTP/1.1 200 OK\r\n");
    assert_eq!(dec.feed(rest).unwrap().0, 0);
    assert_eq!(dec.finish(), Ok(()));
    // Identity: after finish, more input is trailing.
    let mut dec = StreamDecoder::new(Framing::Identity);
    let mut rest = &b"PROCESSING\r\nDONE\r\n\r\n"[..];
    while let (used, Some(_)) = dec.feed(rest).unwrap() {
        rest = &rest[used..];
    }
    assert_eq!(dec.finish(), Ok(()));
    assert_eq!(
        dec.feed(b"x").unwrap_err(),
        err(20, ErrorKind::TrailingBytes)
    );
}

// ---------------------------------------------------------------------------------------
// The writer

#[test]
fn writer_exact_bytes() {
    // [MS-OXCMAPIHTTP] 4.2 shows the first chunk as `C<CRLF>PROCESSING<CRLF><CRLF>` and
    // each keep-alive as `9<CRLF>PENDING<CRLF><CRLF>`.
    let done = DoneHeaders {
        headers: &[Header::new("X-ResponseCode", "0")],
        elapsed_ms: 12,
        start_time: "Sun, 22 Nov 2026 10:15:30 GMT",
    };
    let chunked = encode_a5(|w| {
        write_processing(w, Framing::Chunked)?;
        write_pending(w, Framing::Chunked)?;
        write_done_with_times(w, Framing::Chunked, &done)?;
        write_body(w, Framing::Chunked, b"abc")?;
        write_body(w, Framing::Chunked, b"")?;
        write_end(w, Framing::Chunked)
    });
    let want: &[u8] = b"C\r\nPROCESSING\r\n\r\n\
        9\r\nPENDING\r\n\r\n\
        5A\r\nDONE\r\nX-ResponseCode: 0\r\nX-ElapsedTime: 12\r\n\
        X-StartTime: Sun, 22 Nov 2026 10:15:30 GMT\r\n\r\n\r\n\
        3\r\nabc\r\n\
        0\r\n\r\n";
    assert_eq!(
        String::from_utf8_lossy(&chunked),
        String::from_utf8_lossy(want)
    );
    assert_eq!(0x5A, "DONE\r\nX-ResponseCode: 0\r\nX-ElapsedTime: 12\r\nX-StartTime: Sun, 22 Nov 2026 10:15:30 GMT\r\n\r\n".len());

    // Identity framing writes the sample's prefix exactly.
    let identity = encode_a5(|w| {
        write_processing(w, Framing::Identity)?;
        write_pending(w, Framing::Identity)?;
        write_done_with_times(w, Framing::Identity, &done)?;
        write_execute_response(w)?;
        write_end(w, Framing::Identity)
    });
    assert_eq!(identity, sample());
    let prefix = encode_a5(|w| write_stream_prefix(w, 1, HeaderBlock::Items(&DONE_HEADERS)));
    assert!(identity.starts_with(&prefix));

    assert_eq!(
        encode_a5(|w| write_chunk(w, &[0xAB; 0x1F])).len(),
        4 + 0x1F + 2
    );
    assert_eq!(
        &encode_a5(|w| write_chunk(w, &[0xAB; 0x1F]))[..4],
        b"1F\r\n"
    );
    assert!(encode_a5(|w| write_chunk(w, &[])).is_empty());
}

#[test]
fn writer_output_decodes_to_the_same_events() {
    let extra = [
        Header::new("X-ResponseCode", "0"),
        Header::new("X-Extra", "a: b"),
    ];
    let done = DoneHeaders {
        headers: &extra,
        elapsed_ms: u64::MAX,
        start_time: "Mon, 01 Jan 2001 00:00:00 GMT",
    };
    let body = encode_a5(write_execute_response);
    let write = |framing| {
        encode_a5(|w| {
            write_processing(w, framing)?;
            write_pending(w, framing)?;
            write_pending(w, framing)?;
            write_done_with_times(w, framing, &done)?;
            write_body(w, framing, &body[..10])?;
            write_body(w, framing, &body[10..])?;
            write_end(w, framing)
        })
    };
    let identity = write(Framing::Identity);
    let chunked = write(Framing::Chunked);
    let want = expected(&identity, &[]);
    assert_eq!(
        want[4..8],
        [
            Ev::Header("X-ResponseCode".into(), "0".into()),
            Ev::Header("X-Extra".into(), "a: b".into()),
            Ev::Header("X-ElapsedTime".into(), u64::MAX.to_string()),
            Ev::Header("X-StartTime".into(), "Mon, 01 Jan 2001 00:00:00 GMT".into()),
        ]
    );
    for (framing, wire) in [(Framing::Identity, &identity), (Framing::Chunked, &chunked)] {
        assert_eq!(run_whole(framing, wire), (want.clone(), Ok(())));
        assert_eq!(run_bytewise(framing, wire), (want.clone(), Ok(())));
    }
}

#[test]
fn writer_errors() {
    let done = DoneHeaders {
        headers: &[Header::new("X-A", "1"); MAX_DONE_HEADERS + 1],
        elapsed_ms: 0,
        start_time: "x",
    };
    let mut buf = [0u8; 4096];
    assert_eq!(
        write_done_with_times(&mut Writer::new(&mut buf), Framing::Chunked, &done),
        Err(EncodeError::InvalidValue {
            field: "additional headers (more than MAX_DONE_HEADERS)"
        })
    );
    let bad = DoneHeaders {
        headers: &[],
        elapsed_ms: 0,
        start_time: "bad\r\nvalue",
    };
    assert!(matches!(
        write_done_with_times(&mut Writer::new(&mut buf), Framing::Identity, &bad),
        Err(EncodeError::InvalidValue { .. })
    ));
    let mut small = [0u8; 5];
    assert!(matches!(
        write_processing(&mut Writer::new(&mut small), Framing::Chunked),
        Err(EncodeError::BufferTooSmall { .. })
    ));
}

// ---------------------------------------------------------------------------------------
// Properties

/// Cuts `input` at the given (sorted, deduplicated) positions.
fn pieces<'a>(input: &'a [u8], cuts: &[usize]) -> Vec<&'a [u8]> {
    let mut cuts: Vec<usize> = cuts.iter().map(|&c| c % (input.len() + 1)).collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    let mut from = 0;
    for c in cuts {
        out.push(&input[from..c]);
        from = c;
    }
    out.push(&input[from..]);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_splits_give_the_same_events(
        which in 0usize..5,
        cuts in proptest::collection::vec(any::<usize>(), 0..40),
    ) {
        let stream = sample();
        let how = &chunkings()[which];
        let (wire, _) = chunk(&stream, how);
        let want = expected(&stream, &trailer_pairs(how));
        prop_assert_eq!(run(Framing::Chunked, pieces(&wire, &cuts)), (want, Ok(())));
        let want = expected(&stream, &[]);
        prop_assert_eq!(run(Framing::Identity, pieces(&stream, &cuts)), (want, Ok(())));
    }

    #[test]
    fn random_bytes_never_panic(
        bytes in proptest::collection::vec(any::<u8>(), 0..600),
        cuts in proptest::collection::vec(any::<usize>(), 0..20),
    ) {
        for framing in [Framing::Identity, Framing::Chunked] {
            let split = run(framing, pieces(&bytes, &cuts));
            prop_assert_eq!(&split, &run_whole(framing, &bytes));
        }
    }

    /// Chunk extensions built from the RFC 9112 7.1.1 grammar are accepted (and ignored),
    /// on data chunks and on the last chunk.
    #[test]
    fn grammar_chunk_extensions_are_accepted(
        exts in proptest::collection::vec((
            "[ \t]{0,2}",
            "[A-Za-z0-9!#$%&'*+.^_`|~-]{1,8}",
            proptest::option::of((
                "[ \t]{0,2}",
                "[ \t]{0,2}",
                prop_oneof![
                    "[A-Za-z0-9!#$%&'*+.^_`|~-]{1,8}",
                    "\"([ \t!#-\\[\\]-~\u{80}-\u{FF}]|\\\\[ -~])*\"",
                ],
            )),
        ), 0..4),
        cut in any::<usize>(),
    ) {
        let mut ext = String::new();
        for (bws, name, value) in exts {
            ext += &format!("{bws};{bws}{name}");
            if let Some((b1, b2, v)) = value {
                ext += &format!("{b1}={b2}{v}");
            }
        }
        let inner = b"PROCESSING\r\nDONE\r\n\r\nbody";
        let mut wire = format!("{:x}{ext}\r\n", inner.len()).into_bytes();
        wire.extend(inner);
        wire.extend(format!("\r\n0{ext}\r\n\r\n").bytes());
        let want = expected(inner, &[]);
        prop_assert_eq!(run_split(Framing::Chunked, &wire, cut % (wire.len() + 1)), (want, Ok(())));
    }

    /// Chunk-size lines from a hostile alphabet: no panic, and the outcome does not depend
    /// on how the input is split.
    #[test]
    fn chunk_size_lines_never_panic(
        line in proptest::collection::vec(prop_oneof![
            Just(b'0'), Just(b'5'), Just(b'a'), Just(b'F'), Just(b' '), Just(b'\t'),
            Just(b';'), Just(b'='), Just(b'"'), Just(b'\\'), Just(b'\r'), Just(b'\n'),
            Just(b'x'), any::<u8>()
        ], 0..40),
        cuts in proptest::collection::vec(any::<usize>(), 0..6),
    ) {
        let mut wire = line.clone();
        wire.extend(b"PROCESSING\r\nDONE\r\n\r\n\r\n0\r\n\r\n");
        let whole = run_whole(Framing::Chunked, &wire);
        prop_assert_eq!(run(Framing::Chunked, pieces(&wire, &cuts)), whole.clone());
        prop_assert_eq!(run_bytewise(Framing::Chunked, &wire), whole);
    }

    /// Identity framing agrees with the whole-buffer decoder on damaged streams (errors
    /// included); wrapped in chunks, it agrees too, with offsets mapped to the raw input.
    #[test]
    fn damaged_streams_agree_with_whole_buffer(
        edits in proptest::collection::vec((any::<usize>(), prop_oneof![
            Just(b'\r'), Just(b'\n'), Just(b':'), Just(b' '), Just(0u8), Just(0xFFu8),
            Just(b'P'), Just(b'D'), any::<u8>()
        ], 0u8..3), 1..4),
        cut in any::<usize>(),
        size in 1usize..40,
    ) {
        let mut stream = sample();
        let body_at = ResponseStream::decode(&stream).unwrap().body_offset();
        for (at, byte, op) in edits {
            let at = at % body_at.min(stream.len());
            match op {
                0 => stream[at] = byte,
                1 => stream.insert(at, byte),
                _ => { stream.remove(at); }
            }
        }
        let whole = ResponseStream::decode(&stream);
        let want = match &whole {
            Ok(_) => (expected(&stream, &[]), Ok(())),
            Err(e) => (Vec::new(), Err(*e)),
        };
        let (events, end) = run_split(Framing::Identity, &stream, cut % (stream.len() + 1));
        prop_assert_eq!(&end, &want.1);
        if end.is_ok() {
            prop_assert_eq!(&events, &want.0);
        }
        let how = Chunking { sizes: vec![size], exts: vec![""], trailers: vec![] };
        let (wire, map) = chunk(&stream, &how);
        let (events, end) = run_split(Framing::Chunked, &wire, cut % (wire.len() + 1));
        match whole {
            Ok(_) => prop_assert_eq!(events, want.0),
            Err(e) => prop_assert_eq!(end, Err(DecodeError { offset: map[e.offset], kind: e.kind })),
        }
    }
}

/// `ChunkSpans` finds each chunk's data (RFC 9112 7.1), stops at the last chunk, and says
/// so once when a chunk-size line cannot be read.
#[test]
fn chunk_spans_locate_each_chunks_data() {
    use ropwire::mapihttp::streaming::ChunkSpans;
    let stream = b"5\r\nhello\r\n3;ext=1\r\nabc\r\n0\r\nX-T: 1\r\n\r\n";
    let spans: Vec<_> = ChunkSpans::new(stream).collect();
    assert_eq!(spans, [Some((3, 5)), Some((19, 3)),]);
    assert_eq!(&stream[3..8], b"hello");
    assert_eq!(&stream[19..22], b"abc");
    let bad: Vec<_> = ChunkSpans::new(b"5\r\nhello\r\nzz\r\n").collect();
    assert_eq!(bad, [Some((3, 5)), None]);
    let cut: Vec<_> = ChunkSpans::new(b"5\r\nhel").collect();
    assert_eq!(cut, [Some((3, 5)), None]);
}
