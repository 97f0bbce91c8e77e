//! `ropdump`: the ROP dissector. Reads a request or response in hex or binary, at any
//! layer from bare ROPs up to the MAPI over HTTP response stream (chunked or not), and
//! prints every layer, every ROP field and every auxiliary block by its spec name
//! ([MS-OXCROPS], [MS-OXCRPC], [MS-OXCMAPIHTTP]).
//!
//! ```text
//! cargo run --release --features cli --bin ropdump -- --help
//! cargo run --release --features cli --bin ropdump -- --sample --layer http --chunked --roundtrip
//! cargo run --release --features cli --bin ropdump -- --sample --layer execute --type connect
//! cargo run --release --features cli --bin ropdump -- --bin --layer aux CAPTURE.rgbAuxIn.bin
//! ```

use std::fmt::Write as _;
use std::io::{self, IsTerminal, Read, Write};
use std::process::ExitCode;

use ropwire::buffer::{RequestIter, ResponseIter, RopBuffer, encode_buffer};
use ropwire::data::PropertyTag;
use ropwire::dissect::input::{self, InputForm};
use ropwire::dissect::{self, Side, Structure, Text};
use ropwire::mapihttp::streaming::{
    ChunkSpans, DoneHeaders, Event, Framing, StreamDecoder, write_body, write_chunk,
    write_done_with_times, write_end, write_pending, write_processing,
};
use ropwire::mapihttp::{
    ConnectRequest, ConnectResponse, DisconnectRequest, DisconnectResponse, ExecuteRequest,
    ExecuteResponse, Header, HeaderBlock, MetaTagBlock, NotificationWaitRequest,
    NotificationWaitResponse, PingBody, RequestBody, RequestType, ResponseBody, ResponseStream,
};
use ropwire::rop::{ResponseContext, RopId, RopRequest, RopResponse};
use ropwire::rpc_ext::aux::{
    AuxBlock, AuxExOrgInfo, AuxPerfDefMdbSuccess, AuxPerfRequestId, AuxServerCapabilities,
    ExOrgInfoFlags, ServerCapabilityFlags, aux_walker, write_aux_blocks, write_aux_buffer,
};
use ropwire::rpc_ext::{
    MAX_CHAINED_PAYLOADS, MAX_PAYLOAD, RPC_HEADER_EXT_SIZE, RpcChain, RpcFlags, write_block,
};
use ropwire::session::SessionTracker;
use ropwire::wire::{LeArray, Str8, Utf16Str};
use ropwire::{Decode, DecodeError, Encode, EncodeError, ErrorKind, Writer, sample};

const USAGE: &str = "\
ropdump: decode and print Exchange ROP traffic ([MS-OXCROPS], [MS-OXCRPC], [MS-OXCMAPIHTTP])

usage: ropdump [OPTIONS] [FILE|-]

Input is FILE, or standard input for `-` (or no FILE when stdin is not a terminal); hex
text (whitespace, commas and 0x prefixes allowed) or raw bytes, detected automatically.
With no FILE and stdin a terminal, or with --sample, the built-in send-mail batch is used.

options:
  --request            decode a request (default)
  --response           decode a response
  --layer LAYER        rop | buffer | rpc | aux | execute | http (default: buffer)
                         rop      ROPs back to back (no RopSize, no handle table)
                         buffer   a ROP buffer: RopSize, ROPs, ServerObjectHandleTable
                         rpc      RPC_HEADER_EXT block(s), each holding a ROP buffer;
                                  compressed (LZ77) and XorMagic payloads are decoded
                         aux      an auxiliary buffer (rgbAuxIn/rgbAuxOut): one
                                  RPC_HEADER_EXT, then AUX_HEADER blocks, one line each
                         execute  a MAPI/HTTP request or response body of --type
                         http     a response stream (implies --response): meta-tags, the
                                  headers after DONE, then a response body of --type
  --type TYPE          the X-RequestType of the body at --layer execute and http:
                       connect | execute | disconnect | notificationwait | ping
                       (default: execute); auxiliary buffers in every body are decoded
  --chunked            --layer http: the stream is in HTTP/1.1 chunked transfer coding
  --identity           --layer http: the stream is de-chunked (starts with PROCESSING)
                       (default: detected; chunked when it starts with a chunk-size line).
                       Offsets past the DONE headers of a chunked stream count bytes of
                       the de-chunked stream
  --context FILE       the request (same layer; execute for http) the response answers;
                       responses are paired with its ROPs (--type execute only)
  --columns TAGS       column set (0xTAG,0xTAG,...) for tables whose RopSetColumns is unknown
  --batch REQ:RESP     a request and response ROP buffer pair of one session (repeat it,
                       in order, for several batches): each response batch is decoded
                       with what the earlier batches taught a session tracker (column
                       sets by server handle, logon kinds), then the tracker learns from
                       the pair; no FILE is read
  --input FORM         the form of the input and of the context: raw, hex (xxd -p too),
                       xxd, hexdump (Wireshark 'Copy as Hex Dump', hexdump -C, od),
                       array (C/Rust/C# byte arrays), base64; detected when not given
  --hex | --bin        short for --input hex | --input raw
  --sample             decode a built-in sample: the send-mail batch at layers rop to
                       execute and http (its request is the context of --response), a
                       small auxiliary buffer at aux, a small body for the other --types;
                       with --chunked, the http sample is chunked
  --emit               print the input bytes as hex instead of decoding them
  --structure NAME     decode a bare structure instead of a layer: restriction (2-byte
                       counts, as in ROPs and PtypRestriction values), restriction-ext
                       (4-byte counts, as in extended rules), sortorderset, longtermid
  --roundtrip          re-encode what was decoded and compare with the input; a chunked
                       stream is compared through its de-chunked bytes (the chunk framing
                       is kept as sent)
  --list               list every RopId and whether requests/responses are supported
  -h, --help           this text

exit status: 0 decoded, 1 bad input, 2 usage error, 3 round-trip mismatch";

// ---------------------------------------------------------------------------------------
// Options

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Layer {
    Rop,
    Buffer,
    Rpc,
    Aux,
    Execute,
    Http,
}

impl Layer {
    fn parse(s: &str) -> Option<Layer> {
        Some(match s {
            "rop" => Layer::Rop,
            "buffer" => Layer::Buffer,
            "rpc" => Layer::Rpc,
            "aux" => Layer::Aux,
            "execute" => Layer::Execute,
            "http" => Layer::Http,
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Format {
    Auto,
    Given(InputForm),
}

#[derive(Clone, PartialEq, Eq, Debug)]
enum Source {
    File(String),
    Stdin,
    Sample,
}

#[derive(Debug)]
struct Opts {
    response: bool,
    layer: Layer,
    format: Format,
    source: Option<Source>,
    context: Option<String>,
    /// `--batch REQ:RESP`, in order.
    batches: Vec<(String, String)>,
    columns: Option<Vec<PropertyTag>>,
    /// `--type`: the body's X-RequestType (execute and http layers).
    body_type: Option<RequestType>,
    /// `--chunked` / `--identity` (http layer); detected when not given.
    framing: Option<Framing>,
    roundtrip: bool,
    list: bool,
    emit: bool,
    help: bool,
    /// `--structure`: a bare structure instead of a layer.
    structure: Option<Structure>,
}

impl Opts {
    fn body_type(&self) -> RequestType {
        self.body_type.unwrap_or(RequestType::Execute)
    }
}

/// `--type`: an X-RequestType of the emsmdb endpoint, any case ([MS-OXCMAPIHTTP] 2.2.3.1.1).
fn parse_type(v: &str) -> Result<RequestType, String> {
    RequestType::from_header(v).map_err(|e| {
        format!(
            "unknown --type `{v}` ({e}): one of connect, execute, disconnect, \
             notificationwait, ping"
        )
    })
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Opts, String> {
    use lexopt::prelude::*;

    let mut o = Opts {
        response: false,
        layer: Layer::Buffer,
        format: Format::Auto,
        source: None,
        context: None,
        batches: Vec::new(),
        columns: None,
        body_type: None,
        framing: None,
        roundtrip: false,
        list: false,
        emit: false,
        help: false,
        structure: None,
    };
    let set_source = |o: &mut Opts, s: Source| {
        if o.source.is_some() {
            return Err("more than one input given".to_string());
        }
        o.source = Some(s);
        Ok(())
    };
    let mut parser = lexopt::Parser::from_args(args);
    // A value of an option, as text (`--opt value` and `--opt=value` alike).
    let text = |parser: &mut lexopt::Parser, name: &str| -> Result<String, String> {
        let v = parser
            .value()
            .map_err(|_| format!("{name} needs a value"))?;
        v.into_string()
            .map_err(|v| format!("{name}: not UTF-8: {}", v.to_string_lossy()))
    };
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("request") => o.response = false,
            Long("response") => o.response = true,
            Long("layer") => {
                let v = text(&mut parser, "--layer")?;
                o.layer = Layer::parse(&v).ok_or_else(|| format!("unknown layer `{v}`"))?;
            }
            Long("context") => o.context = Some(text(&mut parser, "--context")?),
            Long("batch") => {
                let v = text(&mut parser, "--batch")?;
                let (req, resp) = v
                    .split_once(':')
                    .ok_or_else(|| format!("--batch needs REQ:RESP, got `{v}`"))?;
                o.batches.push((req.to_string(), resp.to_string()));
            }
            Long("columns") => o.columns = Some(parse_columns(&text(&mut parser, "--columns")?)?),
            Long("type") => o.body_type = Some(parse_type(&text(&mut parser, "--type")?)?),
            Long("chunked") => o.framing = Some(Framing::Chunked),
            Long("identity") => o.framing = Some(Framing::Identity),
            Long("hex") => o.format = Format::Given(InputForm::Hex),
            Long("bin") => o.format = Format::Given(InputForm::Raw),
            Long("input") => {
                let v = text(&mut parser, "--input")?;
                let form = InputForm::from_name(&v).ok_or_else(|| {
                    format!("--input: unknown form `{v}` (raw, hex, xxd, hexdump, array, base64)")
                })?;
                o.format = Format::Given(form);
            }
            Long("structure") => {
                let v = text(&mut parser, "--structure")?;
                let names: Vec<&str> = Structure::ALL.iter().map(|s| s.name()).collect();
                o.structure = Some(Structure::from_name(&v).ok_or_else(|| {
                    format!(
                        "--structure: unknown structure `{v}` ({})",
                        names.join(", ")
                    )
                })?);
            }
            Long("sample") => set_source(&mut o, Source::Sample)?,
            Long("emit") => o.emit = true,
            Long("roundtrip") => o.roundtrip = true,
            Long("list") => o.list = true,
            Short('h') | Long("help") => o.help = true,
            Value(v) if v == "-" => set_source(&mut o, Source::Stdin)?,
            Value(v) => {
                let path = v
                    .into_string()
                    .map_err(|v| format!("FILE: not UTF-8: {}", v.to_string_lossy()))?;
                set_source(&mut o, Source::File(path))?;
            }
            Long(f) => return Err(format!("unknown option `--{f}`")),
            Short(c) => return Err(format!("unknown option `-{c}`")),
        }
    }
    if o.layer == Layer::Http {
        o.response = true;
    }
    if !o.batches.is_empty()
        && (o.source.is_some() || o.context.is_some() || o.layer != Layer::Buffer)
    {
        return Err(
            "--batch pairs ROP buffers of a session: give no FILE, --context or --layer".into(),
        );
    }
    if o.structure.is_some()
        && (o.response || o.context.is_some() || o.layer != Layer::Buffer || !o.batches.is_empty())
    {
        return Err(
            "--structure decodes a bare structure: give no --layer, --response, --context or --batch"
                .into(),
        );
    }
    if o.structure.is_some() && o.source.is_none() {
        return Err("--structure needs its input: a FILE or `-`".into());
    }
    if o.context.is_some() && !o.response {
        return Err("--context is the request a response answers: use it with --response".into());
    }
    if o.body_type.is_some() && !matches!(o.layer, Layer::Execute | Layer::Http) {
        return Err(
            "--type is the body's X-RequestType: use it with --layer execute or http".into(),
        );
    }
    if o.framing.is_some() && o.layer != Layer::Http {
        return Err("--chunked and --identity apply to --layer http".into());
    }
    if o.context.is_some() && (o.layer == Layer::Aux || o.body_type() != RequestType::Execute) {
        return Err(
            "--context pairs response ROPs with request ROPs: only Execute bodies \
                    and the layers below carry ROPs"
                .into(),
        );
    }
    Ok(o)
}

fn parse_columns(s: &str) -> Result<Vec<PropertyTag>, String> {
    s.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| {
            let digits = t
                .strip_prefix("0x")
                .or_else(|| t.strip_prefix("0X"))
                .unwrap_or(t);
            u32::from_str_radix(digits, 16)
                .map(PropertyTag)
                .map_err(|_| format!("bad property tag `{t}` in --columns"))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Failures and exit codes

enum Failure {
    /// Exit 1: the input (or the context) cannot be decoded; innermost error first.
    Input(Vec<String>),
    /// Exit 2: the command line, or a file that cannot be read.
    Usage(String),
    /// Exit 3: the re-encoded bytes differ from the input, or cannot be produced.
    Mismatch(String),
}

impl Failure {
    fn parse(what: &str, e: DecodeError) -> Failure {
        Failure::Input(vec![format!("{what}: {e}")])
    }

    fn input(msg: String) -> Failure {
        Failure::Input(vec![msg])
    }

    fn encode(what: &str, e: EncodeError) -> Failure {
        Failure::Mismatch(format!("roundtrip: cannot re-encode the {what}: {e}"))
    }
}

type Res<T> = Result<T, Failure>;

// ---------------------------------------------------------------------------------------
// Input

fn read_source(src: &Source) -> Res<Vec<u8>> {
    let mut bytes = Vec::new();
    match src {
        Source::File(path) => {
            bytes = std::fs::read(path)
                .map_err(|e| Failure::Usage(format!("cannot read `{path}`: {e}")))?;
        }
        Source::Stdin => {
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Failure::Usage(format!("cannot read standard input: {e}")))?;
        }
        Source::Sample => {}
    }
    Ok(bytes)
}

/// Whether something (a pipe, a file) is attached to standard input, rather than a
/// terminal or `/dev/null`.
fn stdin_attached() -> bool {
    if io::stdin().is_terminal() {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if let Ok(m) = std::fs::metadata("/dev/stdin") {
            return !m.file_type().is_char_device();
        }
    }
    true
}

/// Largest input a text form may expand to (a `*` repeat line can stand for many bytes).
const MAX_DECODED: usize = 64 << 20;

/// Reads the input in its form (`--input`, or detected): raw bytes, hex, xxd, hex dumps,
/// byte arrays, base64.
fn to_bytes(raw: Vec<u8>, format: Format, what: &str) -> Res<Vec<u8>> {
    if raw.is_empty() {
        return Err(Failure::input(format!("{what}: the input is empty")));
    }
    let form = match format {
        Format::Given(f) => f,
        Format::Auto => input::detect(&raw),
    };
    if form == InputForm::Raw {
        return Ok(raw);
    }
    let len = input::decoded_len_max(&raw, form).min(MAX_DECODED);
    let mut out = vec![0u8; len];
    let n = input::decode_into(&raw, form, &mut out)
        .map_err(|e| Failure::input(format!("{what}: bad {form} input: {e}")))?;
    out.truncate(n);
    Ok(out)
}

fn hex_lines(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 3);
    for line in bytes.chunks(16) {
        for (i, b) in line.iter().enumerate() {
            if i > 0 {
                s.push(' ');
            }
            let _ = write!(s, "{b:02X}");
        }
        s.push('\n');
    }
    s
}

// ---------------------------------------------------------------------------------------
// The built-in sample

fn write_vec(
    f: impl FnOnce(&mut Writer<'_>) -> Result<(), EncodeError>,
) -> Result<Vec<u8>, EncodeError> {
    let mut mem = vec![0u8; 1 << 16];
    let mut w = Writer::new(&mut mem);
    f(&mut w)?;
    let n = w.position();
    mem.truncate(n);
    Ok(mem)
}

fn sample_rops(response: bool) -> Result<Vec<u8>, EncodeError> {
    let mut out = Vec::new();
    if response {
        for r in &sample::RESPONSE_ROPS {
            out.extend(r.encode_vec()?);
        }
    } else {
        for r in &sample::REQUEST_ROPS {
            out.extend(r.encode_vec()?);
        }
    }
    Ok(out)
}

fn sample_buffer(response: bool) -> Result<Vec<u8>, EncodeError> {
    if response {
        write_vec(sample::write_response_buffer)
    } else {
        write_vec(sample::write_request_buffer)
    }
}

fn sample_rpc(response: bool) -> Result<Vec<u8>, EncodeError> {
    write_vec(if response {
        sample::write_response_rpc
    } else {
        sample::write_request_rpc
    })
}

fn sample_execute(response: bool) -> Result<Vec<u8>, EncodeError> {
    write_vec(if response {
        sample::write_execute_response
    } else {
        sample::write_execute_request
    })
}

/// The sample auxiliary buffers ([MS-OXCRPC] 2.2.2.2), XorMagic-obfuscated as Outlook sends
/// them: the client's (rgbAuxIn) names its session and request and reports an earlier
/// background call; the server's (rgbAuxOut) states its capabilities.
fn sample_aux(response: bool) -> Result<Vec<u8>, EncodeError> {
    let blocks = if response {
        vec![
            AuxBlock::ServerCapabilities(AuxServerCapabilities {
                extra: &[],
                server_capability_flags: ServerCapabilityFlags::PACKED_FAST_TRANSFER_UPLOAD_BUFFERS
                    | ServerCapabilityFlags::PACKED_WRITE_STREAM_UPLOAD_BUFFERS,
            }),
            AuxBlock::ExOrgInfo(AuxExOrgInfo {
                extra: &[],
                org_flags: ExOrgInfoFlags::PUBLIC_FOLDERS_ENABLED,
            }),
        ]
    } else {
        vec![
            AuxBlock::PerfRequestId(AuxPerfRequestId {
                extra: &[],
                session_id: 0x0001,
                request_id: 0x00A3,
            }),
            AuxBlock::PerfBgDefMdbSuccess(AuxPerfDefMdbSuccess {
                extra: &[],
                time_since_request: 0x0000_01F4,
                time_to_complete_request: 0x0000_000F,
                request_id: 0x00A2,
                reserved: 0,
            }),
        ]
    };
    write_vec(|w| write_aux_buffer(w, RpcFlags::XOR_MAGIC, &blocks))
}

const SAMPLE_USER_DN: &str =
    "/o=Example/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=ada";
const SAMPLE_DN_PREFIX: &str = "/o=Example/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)";

/// A small body of `t` other than Execute ([MS-OXCMAPIHTTP] 2.2.4.1, 2.2.4.3, 2.2.4.4,
/// 2.2.6): requests carry the client's auxiliary buffer, the Connect response the server's.
fn sample_body(t: RequestType, response: bool) -> Result<Vec<u8>, EncodeError> {
    let aux = sample_aux(response)?;
    let body = match (t, response) {
        (RequestType::Execute, _) => return sample_execute(response),
        (RequestType::Ping, _) => PingBody.encode_vec()?,
        (RequestType::Connect, false) => ConnectRequest {
            user_dn: Str8::new(SAMPLE_USER_DN),
            flags: 0,
            default_code_page: 1252,
            lcid_sort: 0x0409,
            lcid_string: 0x0409,
            auxiliary_buffer: &aux,
        }
        .encode_vec()?,
        (RequestType::Connect, true) => ConnectResponse::Success {
            error_code: ropwire::codes::ErrorCode::SUCCESS,
            polls_max: 60_000,
            retry_count: 6,
            retry_delay: 10_000,
            dn_prefix: Str8::new(SAMPLE_DN_PREFIX),
            display_name: Utf16Str::new("Ada Lovelace"),
            auxiliary_buffer: &aux,
        }
        .encode_vec()?,
        (RequestType::Disconnect, false) => DisconnectRequest {
            auxiliary_buffer: &aux,
        }
        .encode_vec()?,
        (RequestType::Disconnect, true) => DisconnectResponse::Success {
            error_code: ropwire::codes::ErrorCode::SUCCESS,
            auxiliary_buffer: &[],
        }
        .encode_vec()?,
        (RequestType::NotificationWait, false) => NotificationWaitRequest {
            flags: 0,
            auxiliary_buffer: &aux,
        }
        .encode_vec()?,
        (RequestType::NotificationWait, true) => NotificationWaitResponse::Success {
            error_code: ropwire::codes::ErrorCode::SUCCESS,
            event_pending: NotificationWaitResponse::EVENT_PENDING,
            auxiliary_buffer: &[],
        }
        .encode_vec()?,
    };
    Ok(body)
}

/// The sample response stream around `body`, written with the streaming writers
/// ([MS-OXCMAPIHTTP] 2.2.7): PROCESSING, one PENDING, DONE with the sample's headers, then
/// the body; chunked, the body goes in 64-byte chunks. De-chunked, it is byte for byte
/// `sample::write_response_stream` for an Execute body.
fn sample_stream(body: &[u8], framing: Framing) -> Result<Vec<u8>, EncodeError> {
    let [response_code, elapsed, start] = sample::DONE_HEADERS;
    let elapsed_ms = elapsed.value.parse().unwrap_or(12);
    write_vec(|w| {
        write_processing(w, framing)?;
        write_pending(w, framing)?;
        let done = DoneHeaders {
            headers: &[response_code],
            elapsed_ms,
            start_time: start.value,
        };
        write_done_with_times(w, framing, &done)?;
        match framing {
            Framing::Identity => write_body(w, framing, body)?,
            Framing::Chunked => body.chunks(64).try_for_each(|c| write_chunk(w, c))?,
        }
        write_end(w, framing)
    })
}

fn sample_http(t: RequestType, framing: Framing) -> Result<Vec<u8>, EncodeError> {
    if (t, framing) == (RequestType::Execute, Framing::Identity) {
        return write_vec(sample::write_response_stream);
    }
    sample_stream(&sample_body(t, true)?, framing)
}

fn sample_bytes(o: &Opts, layer: Layer, response: bool) -> Result<Vec<u8>, EncodeError> {
    let t = o.body_type();
    match layer {
        Layer::Rop => sample_rops(response),
        Layer::Buffer => sample_buffer(response),
        Layer::Rpc => sample_rpc(response),
        Layer::Aux => sample_aux(response),
        Layer::Execute => sample_body(t, response),
        Layer::Http if response => sample_http(t, o.framing.unwrap_or(Framing::Identity)),
        Layer::Http => sample_body(t, false),
    }
}

// ---------------------------------------------------------------------------------------
// The printer: a `Dumper` that writes one line per ROP, nested structures below it

type Printer = Text<String>;

// ---------------------------------------------------------------------------------------
// ROPs and ROP buffers

/// The outside state responses may need: what the session tracker learned (`--batch`),
/// then `--columns` for any table.
struct Cx<'a> {
    columns: Option<&'a [PropertyTag]>,
    tracker: Option<&'a SessionTracker<256, 256>>,
}

impl<'a> ResponseContext<'a> for Cx<'a> {
    fn columns(&self, index: u8, server_handle: Option<u32>) -> Option<LeArray<'a, PropertyTag>> {
        self.tracker
            .and_then(|t| t.context().columns(index, server_handle))
            .or_else(|| self.columns.map(LeArray::Slice))
    }

    fn logon_is_private(&self, logon_id: u8) -> Option<bool> {
        self.tracker.and_then(|t| t.logon_is_private(logon_id))
    }
}

/// What every layer needs to know.
struct Session<'o> {
    response: bool,
    roundtrip: bool,
    columns: Option<&'o [PropertyTag]>,
    /// `--type`: the X-RequestType of MAPI/HTTP bodies.
    body_type: RequestType,
}

/// The request ROPs a response is paired with: the ROPs of the context, back to back.
type ContextRops<'a> = Option<RequestIter<'a>>;

/// Decoded ROPs, kept for re-encoding.
enum Rops<'a> {
    Requests(Vec<RopRequest<'a>>),
    Responses(Vec<RopResponse<'a>>),
}

impl Rops<'_> {
    fn encode_list(&self) -> Result<Vec<u8>, EncodeError> {
        let mut out = Vec::new();
        match self {
            Rops::Requests(v) => {
                for r in v {
                    out.extend(r.encode_vec()?);
                }
            }
            Rops::Responses(v) => {
                for r in v {
                    out.extend(r.encode_vec()?);
                }
            }
        }
        Ok(out)
    }

    fn encode_buffer(&self, handles: &[u32]) -> Result<Vec<u8>, EncodeError> {
        let len = 2 + 4 * handles.len();
        match self {
            Rops::Requests(v) => {
                let len = len + v.iter().map(Encode::encoded_len).sum::<usize>();
                with_writer(len, |w| encode_buffer(w, v, handles))
            }
            Rops::Responses(v) => {
                let len = len + v.iter().map(Encode::encoded_len).sum::<usize>();
                with_writer(len, |w| encode_buffer(w, v, handles))
            }
        }
    }
}

fn with_writer(
    len: usize,
    f: impl FnOnce(&mut Writer<'_>) -> Result<(), EncodeError>,
) -> Result<Vec<u8>, EncodeError> {
    let mut mem = vec![0u8; len];
    let mut w = Writer::new(&mut mem);
    f(&mut w)?;
    let n = w.position();
    mem.truncate(n);
    Ok(mem)
}

/// Decodes the ROPs of `rops` again, for re-encoding (`--roundtrip`).
fn decode_rops<'a>(
    rops: &'a [u8],
    base: usize,
    context: ContextRops<'a>,
    s: &Session<'a>,
) -> Res<Rops<'a>> {
    if s.response {
        let cx = Cx {
            columns: s.columns,
            tracker: None,
        };
        let decoded = ResponseIter::new(rops, base, context, &cx)
            .map(|item| item.map(|paired| paired.response))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| Failure::parse("response ROP", e))?;
        Ok(Rops::Responses(decoded))
    } else {
        let decoded = RequestIter::new(rops, base)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| Failure::parse("request ROP", e))?;
        Ok(Rops::Requests(decoded))
    }
}

/// Scratch memory for the payloads in `bytes`: room for as many blocks as it can hold
/// (each has an 8-byte header), twice (bodies give half to the auxiliary buffer).
fn scratch_for(bytes: &[u8]) -> Vec<u8> {
    let blocks = (bytes.len() / RPC_HEADER_EXT_SIZE + 1).min(MAX_CHAINED_PAYLOADS + 2);
    vec![0u8; 2 * blocks * MAX_PAYLOAD]
}

/// What the ROPs of block `k` are decoded with: requests, or responses paired with
/// context block `k` (chained response payloads answer the same request buffer again,
/// [MS-OXCRPC] 3.1.4.2.1.2), or with the last one.
fn sides<'a, 'c>(
    s: &Session<'a>,
    ctx: &'a [Vec<u8>],
    cx: &'c Cx<'a>,
) -> impl Fn(usize) -> Side<'a, 'c> {
    let response = s.response;
    move |k: usize| {
        if response {
            Side::Responses {
                requests: ctx.get(k).or(ctx.last()).map(|c| RequestIter::new(c, 0)),
                handles: LeArray::empty(),
                context: cx,
            }
        } else {
            Side::Requests
        }
    }
}

/// Prints `layer` of `bytes` (offsets from `base`) through the library's dissector:
/// responses pair block `k` with context block `k` (chained response payloads answer the
/// same request buffer again, [MS-OXCRPC] 3.1.4.2.1.2), or with the last one.
fn print_layer<'a>(
    p: &mut Printer,
    layer: Layer,
    bytes: &'a [u8],
    base: usize,
    ctx: &'a [Vec<u8>],
    s: &Session<'a>,
) -> Res<()> {
    let mut scratch = scratch_for(bytes);
    let cx = Cx {
        columns: s.columns,
        tracker: None,
    };
    let side = sides(s, ctx, &cx);
    let (what, printed) = match layer {
        Layer::Rop => (
            if s.response {
                "response ROP"
            } else {
                "request ROP"
            },
            dissect::rop_list(p, bytes, base, &side(0)),
        ),
        Layer::Buffer => ("RopBuffer", dissect::rop_buffer(p, bytes, base, &side(0))),
        Layer::Rpc => (
            "RPC_HEADER_EXT",
            dissect::rpc_rops(p, bytes, base, &mut scratch, &side),
        ),
        Layer::Aux => (
            "auxiliary buffer",
            dissect::aux_buffer(p, bytes, base, &mut scratch),
        ),
        Layer::Execute | Layer::Http => {
            let name = dissect::body_name(s.body_type, s.response);
            let printed = if s.response {
                dissect::response_body(p, s.body_type, bytes, base, &mut scratch, &side)
            } else {
                dissect::request_body(p, s.body_type, bytes, base, &mut scratch)
            };
            (name, printed)
        }
    };
    printed.map_err(|e| Failure::parse(what, e))
}

/// `--layer rop`: the ROPs back to back, re-encoded.
fn reencode_rops<'a>(
    bytes: &'a [u8],
    base: usize,
    context: ContextRops<'a>,
    s: &Session<'a>,
) -> Res<Vec<u8>> {
    let rops = decode_rops(bytes, base, context, s)?;
    rops.encode_list().map_err(|e| Failure::encode("ROPs", e))
}

/// A ROP buffer ([MS-OXCROPS] 2.2.1) re-encoded from its decoded ROPs, handle table and
/// the bytes after the last whole handle.
fn reencode_buffer<'a>(
    bytes: &'a [u8],
    base: usize,
    context: ContextRops<'a>,
    s: &Session<'a>,
) -> Res<Vec<u8>> {
    let buf = RopBuffer::decode(bytes).map_err(|e| Failure::parse("RopBuffer", e.shifted(base)))?;
    let rops = decode_rops(buf.rops, base + 2, context, s)?;
    let handles: Vec<u32> = buf.handles.iter().collect();
    let mut out = rops
        .encode_buffer(&handles)
        .map_err(|e| Failure::encode("ROP buffer", e))?;
    out.extend_from_slice(buf.trailing);
    Ok(out)
}

/// An RPC_HEADER_EXT chain re-encoded block by block. A compressed block is re-encoded
/// from its decompressed payload; when that payload comes back byte for byte the block's
/// own compressed bytes stand (another compressor's choices need not be ours), and the
/// notes say what was compared and how our compressor's output compares.
fn reencode_rpc<'a>(
    bytes: &'a [u8],
    base: usize,
    ctx: &'a [Vec<u8>],
    s: &Session<'a>,
    notes: &mut Vec<String>,
) -> Res<Vec<u8>> {
    let mut out = Vec::new();
    for (k, block) in RpcChain::with_offset(bytes, base).enumerate() {
        let context = ctx.get(k).or(ctx.last()).map(|c| RequestIter::new(c, 0));
        let block = block.map_err(|e| Failure::parse("RPC_HEADER_EXT", e))?;
        let mut scratch = vec![0u8; MAX_PAYLOAD];
        let payload = block
            .payload_into(&mut scratch)
            .map_err(|e| Failure::parse("RPC_HEADER_EXT", e))?;
        let inner = reencode_buffer(payload, block.payload_offset(), context, s)?;
        let flags = block.header.flags;
        let len = RPC_HEADER_EXT_SIZE + inner.len();
        let ours = with_writer(len, |w| write_block(w, &inner, flags))
            .map_err(|e| Failure::encode("RPC_HEADER_EXT block", e))?;
        if flags.contains(RpcFlags::COMPRESSED) && inner == payload {
            let recompressed = ours.len().saturating_sub(RPC_HEADER_EXT_SIZE);
            notes.push(format!(
                "block {k}: the decompressed payload ({} bytes) re-encoded byte for byte; \
                 compressed again it takes {recompressed} bytes ({}), the block sent {}",
                payload.len(),
                if ours == block.encode_vec().unwrap_or_default() {
                    "identical to the block sent"
                } else {
                    "a different compression"
                },
                block.payload.len()
            ));
            out.extend(
                block
                    .encode_vec()
                    .map_err(|e| Failure::encode("RPC_HEADER_EXT block", e))?,
            );
        } else {
            out.extend(ours);
        }
    }
    Ok(out)
}

/// An auxiliary buffer ([MS-OXCRPC] 3.1.4.1.2) re-encoded from its decoded blocks.
fn reencode_aux(bytes: &[u8], base: usize) -> Res<Vec<u8>> {
    let err = |e| Failure::parse("auxiliary buffer", e);
    let block = match RpcChain::with_offset(bytes, base).next() {
        Some(Ok(block)) => block,
        Some(Err(e)) => return Err(err(e)),
        None => return Ok(Vec::new()),
    };
    let mut scratch = vec![0u8; MAX_PAYLOAD];
    let blocks = aux_walker(bytes, &mut scratch)
        .map_err(|e| err(e.shifted(base)))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Failure::parse("AUX block", e.shifted(base)))?;
    let fail = |e| Failure::encode("auxiliary buffer", e);
    let flags = block.header.flags;
    if !flags.contains(RpcFlags::COMPRESSED) {
        let len = RPC_HEADER_EXT_SIZE + blocks.iter().map(Encode::encoded_len).sum::<usize>();
        return with_writer(len, |w| write_aux_buffer(w, flags, &blocks)).map_err(fail);
    }
    // Compressed: as for ROP buffers, the block's own bytes stand when the decompressed
    // payload round-trips.
    let len = blocks.iter().map(Encode::encoded_len).sum::<usize>();
    let payload = with_writer(len, |w| write_aux_blocks(w, &blocks)).map_err(fail)?;
    let mut plain = vec![0u8; MAX_PAYLOAD];
    if block.payload_into(&mut plain).map_err(err)? == payload.as_slice() {
        return block.encode_vec().map_err(fail);
    }
    with_writer(RPC_HEADER_EXT_SIZE + payload.len(), |w| {
        write_block(w, &payload, flags)
    })
    .map_err(fail)
}

/// A body's `AuxiliaryBuffer` field re-encoded: nothing when empty.
fn reencode_aux_field(bytes: &[u8], at: usize) -> Res<Vec<u8>> {
    if bytes.is_empty() {
        return Ok(Vec::new());
    }
    reencode_aux(bytes, at)
}

/// A MAPI/HTTP body of `--type` ([MS-OXCMAPIHTTP] 2.2.4) re-encoded from its decoded
/// fields, RopBuffer and auxiliary buffer.
fn reencode_body<'a>(
    bytes: &'a [u8],
    base: usize,
    ctx: &'a [Vec<u8>],
    s: &Session<'a>,
    notes: &mut Vec<String>,
) -> Res<Vec<u8>> {
    let t = s.body_type;
    let name = dissect::body_name(t, s.response);
    let err = |e: DecodeError| Failure::parse(name, e.shifted(base));
    let enc = |e| Failure::encode(name, e);
    match (t, s.response) {
        (RequestType::Execute, false) => {
            let req = ExecuteRequest::decode(bytes).map_err(err)?;
            let at = base + ExecuteRequest::ROP_BUFFER_OFFSET;
            let inner = reencode_rpc(req.rop_buffer, at, ctx, s, notes)?;
            let aux_at = base + req.auxiliary_buffer_offset();
            let aux = reencode_aux_field(req.auxiliary_buffer, aux_at)?;
            ExecuteRequest {
                rop_buffer: &inner,
                auxiliary_buffer: &aux,
                ..req
            }
            .encode_vec()
            .map_err(enc)
        }
        (RequestType::Execute, true) => {
            let resp = ExecuteResponse::decode(bytes).map_err(err)?;
            let aux_at = base + resp.auxiliary_buffer_offset();
            let aux = reencode_aux_field(resp.auxiliary_buffer(), aux_at)?;
            match resp {
                ExecuteResponse::Success {
                    error_code,
                    flags,
                    rop_buffer,
                    ..
                } => {
                    let at = base + ExecuteResponse::ROP_BUFFER_OFFSET;
                    let inner = reencode_rpc(rop_buffer, at, ctx, s, notes)?;
                    ExecuteResponse::Success {
                        error_code,
                        flags,
                        rop_buffer: &inner,
                        auxiliary_buffer: &aux,
                    }
                    .encode_vec()
                    .map_err(enc)
                }
                ExecuteResponse::Failure { status_code, .. } => ExecuteResponse::Failure {
                    status_code,
                    auxiliary_buffer: &aux,
                }
                .encode_vec()
                .map_err(enc),
            }
        }
        (_, false) => {
            let body = RequestBody::decode_as(t, bytes).map_err(err)?;
            let (aux, at) = body.auxiliary_buffer();
            let aux = reencode_aux_field(aux, base + at)?;
            body.with_auxiliary_buffer(&aux).encode_vec().map_err(enc)
        }
        (_, true) => {
            let body = ResponseBody::decode_as(t, bytes).map_err(err)?;
            let (aux, at) = body.auxiliary_buffer();
            let aux = reencode_aux_field(aux, base + at)?;
            body.with_auxiliary_buffer(&aux).encode_vec().map_err(enc)
        }
    }
}

/// Re-encodes `layer` of `bytes` from what it decodes to (`--roundtrip`).
fn reencode_layer<'a>(
    layer: Layer,
    bytes: &'a [u8],
    base: usize,
    ctx: &'a [Vec<u8>],
    s: &Session<'a>,
    notes: &mut Vec<String>,
) -> Res<Vec<u8>> {
    let context = ctx.first().map(|c| RequestIter::new(c, 0));
    match layer {
        Layer::Rop => reencode_rops(bytes, base, context, s),
        Layer::Buffer => reencode_buffer(bytes, base, context, s),
        Layer::Rpc => reencode_rpc(bytes, base, ctx, s, notes),
        Layer::Aux => reencode_aux(bytes, base),
        Layer::Execute | Layer::Http => reencode_body(bytes, base, ctx, s, notes),
    }
}

/// What was re-encoded, and how it was compared when not plainly byte for byte.
struct Reencoded {
    bytes: Vec<u8>,
    note: Option<String>,
}

impl From<Vec<u8>> for Reencoded {
    fn from(bytes: Vec<u8>) -> Self {
        Reencoded { bytes, note: None }
    }
}

/// The response stream as the streaming decoder reported it.
#[derive(Default)]
struct HttpStream {
    /// Meta-tags in order.
    tags: Vec<&'static str>,
    /// The meta-tag lines as received (a `PENDING` may lack its CRLF).
    tag_bytes: Vec<u8>,
    headers: Vec<(String, String)>,
    trailers: Vec<(String, String)>,
    /// The body, de-chunked.
    body: Vec<u8>,
}

/// Feeds the whole input to a `StreamDecoder` ([MS-OXCMAPIHTTP] 2.2.7; RFC 9112 7.1) and
/// collects what it reports; on an error, what came before it and the error.
fn read_stream(bytes: &[u8], framing: Framing) -> (HttpStream, Result<(), DecodeError>) {
    let mut out = HttpStream::default();
    let mut dec = StreamDecoder::new(framing);
    let mut rest = bytes;
    let mut stalled = 0u32;
    let result = loop {
        let (used, event) = match dec.feed(rest) {
            Ok(fed) => fed,
            Err(e) => break Err(e),
        };
        rest = rest.get(used..).unwrap_or_default();
        // Every event consumes input, bar a few at boundaries; never loop on none.
        stalled = if used == 0 { stalled + 1 } else { 0 };
        if stalled > 16 {
            let field = "stream (the decoder made no progress)";
            break Err(DecodeError {
                offset: dec.offset(),
                kind: ErrorKind::InvalidValue { field },
            });
        }
        match event {
            None if rest.is_empty() => break dec.finish(),
            // The stream ended before the input did.
            None => {
                break Err(DecodeError {
                    offset: dec.offset(),
                    kind: ErrorKind::TrailingBytes,
                });
            }
            Some(Event::Processing) => {
                out.tags.push("PROCESSING");
                out.tag_bytes.extend_from_slice(b"PROCESSING\r\n");
            }
            Some(Event::Pending { crlf }) => {
                out.tags
                    .push(if crlf { "PENDING" } else { "PENDING (no CRLF)" });
                out.tag_bytes
                    .extend_from_slice(if crlf { b"PENDING\r\n" } else { b"PENDING" });
            }
            Some(Event::Done) => {
                out.tags.push("DONE");
                out.tag_bytes.extend_from_slice(b"DONE\r\n");
            }
            Some(Event::Header(h)) => out.headers.push((h.name.into(), h.value.into())),
            Some(Event::Trailer(h)) => out.trailers.push((h.name.into(), h.value.into())),
            Some(Event::Body(piece)) => out.body.extend_from_slice(piece),
            Some(Event::HeadersEnd | Event::End) => {}
        }
    };
    (out, result)
}

/// Where the data of each chunk is in a chunked stream that decoded without error
/// (RFC 9112 7.1): offset and length.
struct ChunkLayout {
    pieces: Vec<(usize, usize)>,
}

impl ChunkLayout {
    fn of(bytes: &[u8]) -> Option<ChunkLayout> {
        let pieces = ChunkSpans::new(bytes).collect::<Option<Vec<_>>>()?;
        Some(ChunkLayout { pieces })
    }

    /// `stream` in the chunk sizes of `bytes`, its chunk-size lines, CRLFs, last-chunk and
    /// trailers copied as they are; bytes of `stream` past the last size go in the last chunk.
    fn rechunk(&self, bytes: &[u8], stream: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(bytes.len());
        let (mut from, mut used) = (0usize, 0usize);
        for (i, &(at, len)) in self.pieces.iter().enumerate() {
            out.extend_from_slice(bytes.get(from..at).unwrap_or_default());
            let rest = stream.get(used..).unwrap_or_default();
            let take = if i + 1 == self.pieces.len() {
                rest
            } else {
                rest.get(..len).unwrap_or(rest)
            };
            out.extend_from_slice(take);
            used += take.len();
            from = at + len;
        }
        out.extend_from_slice(bytes.get(from..).unwrap_or_default());
        out
    }
}

/// Appends `note` to each message of an input failure.
fn noted(f: Failure, note: &str) -> Failure {
    match f {
        Failure::Input(msgs) => {
            Failure::Input(msgs.into_iter().map(|m| format!("{m} {note}")).collect())
        }
        other => other,
    }
}

/// `--layer http`: the response stream printed by the library's dissector; for
/// `--roundtrip`, the de-chunked stream re-encoded from its meta-tags, headers and body,
/// in the chunk framing it was sent in.
fn dump_http<'a>(
    p: &mut Printer,
    bytes: &'a [u8],
    framing: Framing,
    ctx: &'a [Vec<u8>],
    s: &Session<'a>,
    notes: &mut Vec<String>,
) -> Res<Reencoded> {
    let mut scratch = vec![0u8; bytes.len()];
    scratch.extend(scratch_for(bytes));
    let cx = Cx {
        columns: s.columns,
        tracker: None,
    };
    let side = sides(s, ctx, &cx);
    let printed = dissect::response_stream(p, bytes, framing, s.body_type, &mut scratch, &side);
    if let Err(e) = printed {
        let f = Failure::parse("response stream", e);
        return Err(match framing {
            Framing::Chunked => noted(f, "(in the de-chunked stream)"),
            Framing::Identity => f,
        });
    }
    if !s.roundtrip {
        return Ok(Vec::new().into());
    }
    let (stream, result) = read_stream(bytes, framing);
    result.map_err(|e| Failure::parse("response stream", e))?;
    let layout = match framing {
        Framing::Identity => None,
        Framing::Chunked => Some(ChunkLayout::of(bytes).ok_or_else(|| {
            Failure::input("response stream: chunk framing not understood".into())
        })?),
    };
    let stream_len = layout.as_ref().map_or(bytes.len(), |l| {
        l.pieces.iter().map(|&(_, len)| len).sum::<usize>()
    });
    let base = stream_len.saturating_sub(stream.body.len());
    let inner = reencode_layer(Layer::Http, &stream.body, base, ctx, s, notes)?;
    // From the decoded headers, not the header bytes: `Name: value` is the canonical form.
    let headers: Vec<Header<'_>> = stream
        .headers
        .iter()
        .map(|(n, v)| Header::new(n, v))
        .collect();
    let reencoded = ResponseStream {
        tags: MetaTagBlock::Wire(&stream.tag_bytes),
        headers: HeaderBlock::Items(&headers),
        body: &inner,
    }
    .encode_vec()
    .map_err(|e| Failure::encode("response stream", e))?;
    Ok(match layout {
        None => reencoded.into(),
        Some(l) => Reencoded {
            bytes: l.rechunk(bytes, &reencoded),
            note: Some(format!(
                "the de-chunked stream of {stream_len} bytes re-encoded; chunk framing as sent"
            )),
        },
    })
}

// ---------------------------------------------------------------------------------------
// Driver

/// The RopsList of every ROP buffer in the context (the whole input at `--layer rop`),
/// checked to decode.
fn context_rops(layer: Layer, bytes: &[u8]) -> Res<Vec<Vec<u8>>> {
    let err = |e| Failure::parse("context", e);
    let buffers = |chain: RpcChain<'_>| -> Res<Vec<Vec<u8>>> {
        let mut out = Vec::new();
        for block in chain {
            let block = block.map_err(err)?;
            let mut scratch = vec![0u8; MAX_PAYLOAD];
            let payload = block.payload_into(&mut scratch).map_err(err)?;
            let buf =
                RopBuffer::decode(payload).map_err(|e| err(e.shifted(block.payload_offset())))?;
            out.push(buf.rops.to_vec());
        }
        Ok(out)
    };
    let lists = match layer {
        Layer::Rop => vec![bytes.to_vec()],
        Layer::Buffer => vec![RopBuffer::decode(bytes).map_err(err)?.rops.to_vec()],
        Layer::Rpc => buffers(RpcChain::new(bytes))?,
        // No ROPs to pair with (`parse_args` refuses --context here).
        Layer::Aux => Vec::new(),
        Layer::Execute | Layer::Http => {
            buffers(ExecuteRequest::decode(bytes).map_err(err)?.rop_chain())?
        }
    };
    for rops in &lists {
        RequestIter::new(rops, 0).try_for_each(|r| r.map(drop).map_err(err))?;
    }
    Ok(lists)
}

fn decode<'a>(
    p: &mut Printer,
    o: &Opts,
    bytes: &'a [u8],
    ctx: &'a [Vec<u8>],
    s: &Session<'a>,
    notes: &mut Vec<String>,
) -> Res<Reencoded> {
    if o.layer == Layer::Http {
        let framing = o.framing.unwrap_or_else(|| dissect::detect_framing(bytes));
        return dump_http(p, bytes, framing, ctx, s, notes);
    }
    print_layer(p, o.layer, bytes, 0, ctx, s)?;
    if !s.roundtrip {
        return Ok(Vec::new().into());
    }
    Ok(reencode_layer(o.layer, bytes, 0, ctx, s, notes)?.into())
}

fn first_difference(a: &[u8], b: &[u8]) -> Option<usize> {
    match a.iter().zip(b).position(|(x, y)| x != y) {
        Some(i) => Some(i),
        None if a.len() != b.len() => Some(a.len().min(b.len())),
        None => None,
    }
}

fn list() -> String {
    let mut s = String::new();
    for id in RopId::ALL {
        let _ = writeln!(
            s,
            "0x{:02X} {} {} {}",
            id.0,
            id.spec_name(),
            if id.request_supported() {
                "request"
            } else {
                "-"
            },
            if id.response_supported() {
                "response"
            } else {
                "-"
            },
        );
    }
    s
}

/// Whether the input holds ROPs a context can pair: not an auxiliary buffer, nor a body
/// other than Execute.
fn pairs_rops(o: &Opts) -> bool {
    o.layer != Layer::Aux && o.body_type() == RequestType::Execute
}

/// `--batch`: every request/response pair of a session in order, each response batch
/// decoded with a session tracker that learned from the batches before it.
fn run_session(o: &Opts, stdout: &mut dyn Write) -> Res<()> {
    let mut tracker = SessionTracker::<256, 256>::new();
    let mut p = Text::new(String::new());
    let mut failed = None;
    for (n, (req_path, resp_path)) in o.batches.iter().enumerate() {
        let req = to_bytes(
            read_source(&Source::File(req_path.clone()))?,
            o.format,
            "request",
        )?;
        let resp = to_bytes(
            read_source(&Source::File(resp_path.clone()))?,
            o.format,
            "response",
        )?;
        p.line(format_args!("batch {}: {req_path} → {resp_path}", n + 1));
        let (rq, rs) = match (RopBuffer::decode(&req), RopBuffer::decode(&resp)) {
            (Ok(rq), Ok(rs)) => (rq, rs),
            (Err(e), _) => {
                failed = Some(Failure::parse(
                    &format!("batch {} request buffer", n + 1),
                    e,
                ));
                break;
            }
            (_, Err(e)) => {
                failed = Some(Failure::parse(
                    &format!("batch {} response buffer", n + 1),
                    e,
                ));
                break;
            }
        };
        {
            let cx = Cx {
                columns: o.columns.as_deref(),
                tracker: Some(&tracker),
            };
            let side = Side::answering(Some(&rq), &cx);
            if let Err(e) = dissect::rop_buffer(&mut p, &resp, 0, &side) {
                failed = Some(Failure::parse(&format!("batch {} response ROP", n + 1), e));
            }
        }
        // Learn what this batch teaches, whatever the later ROPs of it did.
        let _ = tracker.observe(&rq, &rs);
    }
    let _ = stdout.write_all(p.into_inner().as_bytes());
    failed.map_or(Ok(()), Err)
}

/// `--structure`: one bare structure, and with `--roundtrip` its re-encoding compared.
fn run_structure(o: &Opts, kind: Structure, bytes: &[u8], stdout: &mut dyn Write) -> Res<()> {
    use ropwire::data::restriction::{CountWidth, Restriction};
    use ropwire::data::sort::SortOrderSet;
    let mut p = Text::new(String::new());
    let printed = dissect::structure(&mut p, kind, bytes, 0);
    let _ = stdout.write_all(p.into_inner().as_bytes());
    printed.map_err(|e| Failure::parse(kind.name(), e))?;
    if !o.roundtrip {
        return Ok(());
    }
    let fail = |e| Failure::encode(kind.name(), e);
    let reencoded = match kind {
        Structure::Restriction | Structure::RestrictionExt => {
            let width = if kind == Structure::Restriction {
                CountWidth::Standard
            } else {
                CountWidth::Extended
            };
            let r =
                Restriction::decode_in(bytes, width).map_err(|e| Failure::parse(kind.name(), e))?;
            with_writer(r.encoded_len_in(width), |w| r.encode_in(w, width)).map_err(fail)?
        }
        Structure::SortOrderSet => SortOrderSet::decode(bytes)
            .map_err(|e| Failure::parse(kind.name(), e))?
            .encode_vec()
            .map_err(fail)?,
        Structure::LongTermId => ropwire::data::LongTermId::decode(bytes)
            .map_err(|e| Failure::parse(kind.name(), e))?
            .encode_vec()
            .map_err(fail)?,
    };
    match first_difference(bytes, &reencoded) {
        None => {
            let _ = writeln!(stdout, "roundtrip: OK ({} bytes)", bytes.len());
            Ok(())
        }
        Some(at) => Err(Failure::Mismatch(format!(
            "roundtrip: mismatch at byte offset {at} (0x{at:X})"
        ))),
    }
}

fn run(o: &Opts, stdout: &mut dyn Write) -> Res<()> {
    if !o.batches.is_empty() {
        return run_session(o, stdout);
    }
    // No FILE: piped input; the built-in sample (labelled) only when nothing is attached
    // to standard input (a terminal, or /dev/null as scripts, IDE runners and CI give).
    // An empty pipe is bad input: a broken pipeline must not show invented traffic.
    let (source, piped) = match &o.source {
        Some(s) => (s.clone(), None),
        None if !stdin_attached() => {
            eprintln!("ropdump: no input attached: dissecting the built-in send-mail sample");
            (Source::Sample, None)
        }
        None => match read_source(&Source::Stdin)? {
            bytes if bytes.is_empty() => {
                return Err(Failure::input("standard input is empty".to_string()));
            }
            bytes => (Source::Stdin, Some(bytes)),
        },
    };
    let bytes = match (&source, piped) {
        (Source::Sample, _) => sample_bytes(o, o.layer, o.response)
            .map_err(|e| Failure::input(format!("cannot build the sample: {e}")))?,
        (_, Some(bytes)) => to_bytes(bytes, o.format, "input")?,
        (src, None) => to_bytes(read_source(src)?, o.format, "input")?,
    };
    if o.emit {
        return stdout
            .write_all(hex_lines(&bytes).as_bytes())
            .map_err(|e| Failure::Usage(format!("cannot write: {e}")));
    }
    if let Some(kind) = o.structure {
        return run_structure(o, kind, &bytes, stdout);
    }
    // The request a response answers: --context, or the sample's own request.
    let ctx_layer = if o.layer == Layer::Http {
        Layer::Execute
    } else {
        o.layer
    };
    let ctx_bytes = match (&o.context, &source) {
        (Some(path), _) => Some(to_bytes(
            read_source(&Source::File(path.clone()))?,
            o.format,
            "context",
        )?),
        (None, Source::Sample) if o.response && pairs_rops(o) => Some(
            sample_bytes(o, ctx_layer, false)
                .map_err(|e| Failure::input(format!("cannot build the sample: {e}")))?,
        ),
        (None, _) => None,
    };
    let ctx = match (&ctx_bytes, o.response) {
        (Some(c), true) => context_rops(ctx_layer, c)?,
        _ => Vec::new(),
    };
    let session = Session {
        response: o.response,
        roundtrip: o.roundtrip,
        columns: o.columns.as_deref(),
        body_type: o.body_type(),
    };
    let mut p = Text::new(String::new());
    let mut notes = Vec::new();
    let result = decode(&mut p, o, &bytes, &ctx, &session, &mut notes);
    let text = p.into_inner();
    let _ = stdout.write_all(text.as_bytes());
    let Reencoded {
        bytes: reencoded,
        note,
    } = result?;
    let note = note.map(|n| format!("; {n}")).unwrap_or_default();
    if o.roundtrip {
        match first_difference(&bytes, &reencoded) {
            None => {
                for n in &notes {
                    let _ = writeln!(stdout, "roundtrip: {n}");
                }
                let _ = writeln!(stdout, "roundtrip: OK ({} bytes{note})", bytes.len());
            }
            Some(at) => {
                let show = |v: &[u8]| {
                    v.get(at)
                        .map_or_else(|| "end of data".to_string(), |b| format!("0x{b:02X}"))
                };
                return Err(Failure::Mismatch(format!(
                    "roundtrip: mismatch at byte offset {at} (0x{at:X}): input {}, re-encoded {} \
                     ({} bytes in, {} bytes out{note})",
                    show(&bytes),
                    show(&reencoded),
                    bytes.len(),
                    reencoded.len()
                )));
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let opts = match parse_args(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("ropdump: {msg}\nTry `ropdump --help`.");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut stdout = stdout.lock();
    if opts.help {
        let _ = writeln!(stdout, "{USAGE}");
        return ExitCode::SUCCESS;
    }
    if opts.list {
        let _ = stdout.write_all(list().as_bytes());
        return ExitCode::SUCCESS;
    }
    let result = run(&opts, &mut stdout);
    let _ = stdout.flush();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(msgs)) => {
            for m in msgs {
                eprintln!("ropdump: error: {m}");
            }
            ExitCode::from(1)
        }
        Err(Failure::Usage(m)) => {
            eprintln!("ropdump: {m}");
            ExitCode::from(2)
        }
        Err(Failure::Mismatch(m)) => {
            eprintln!("ropdump: {m}");
            ExitCode::from(3)
        }
    }
}
