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

use std::fmt::{self, Write as _};
use std::io::{self, IsTerminal, Read, Write};
use std::process::ExitCode;

use ropwire::buffer::{RequestIter, ResponseIter, RopBuffer, encode_buffer};
use ropwire::data::PropertyTag;
use ropwire::dissect::input::{self, InputForm};
use ropwire::dissect::{self, Side, Text};
use ropwire::mapihttp::streaming::{
    DoneHeaders, Event, Framing, StreamDecoder, write_body, write_chunk, write_done_with_times,
    write_end, write_pending, write_processing,
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
    MAX_PAYLOAD, RPC_HEADER_EXT_SIZE, RpcChain, RpcFlags, RpcHeaderExt, write_block, xor_magic,
};
use ropwire::session::SessionTracker;
use ropwire::wire::{Dump, DumpField, Dumper, LeArray, Str8, Utf16Str};
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
    };
    let mut args = args.into_iter();
    let set_source = |o: &mut Opts, s: Source| {
        if o.source.is_some() {
            return Err("more than one input given".to_string());
        }
        o.source = Some(s);
        Ok(())
    };
    while let Some(a) = args.next() {
        // `--opt=value` is accepted as well as `--opt value`.
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (a.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            match inline.clone().or_else(|| args.next()) {
                Some(v) => Ok(v),
                None => Err(format!("{name} needs a value")),
            }
        };
        match flag.as_str() {
            "--request" => o.response = false,
            "--response" => o.response = true,
            "--layer" => {
                let v = value("--layer")?;
                o.layer = Layer::parse(&v).ok_or_else(|| format!("unknown layer `{v}`"))?;
            }
            "--context" => o.context = Some(value("--context")?),
            "--batch" => {
                let v = value("--batch")?;
                let (req, resp) = v
                    .split_once(':')
                    .ok_or_else(|| format!("--batch needs REQ:RESP, got `{v}`"))?;
                o.batches.push((req.to_string(), resp.to_string()));
            }
            "--columns" => o.columns = Some(parse_columns(&value("--columns")?)?),
            "--type" => o.body_type = Some(parse_type(&value("--type")?)?),
            "--chunked" => o.framing = Some(Framing::Chunked),
            "--identity" => o.framing = Some(Framing::Identity),
            "--hex" => o.format = Format::Given(InputForm::Hex),
            "--bin" => o.format = Format::Given(InputForm::Raw),
            "--input" => {
                let v = value("--input")?;
                let form = InputForm::from_name(&v).ok_or_else(|| {
                    format!("--input: unknown form `{v}` (raw, hex, xxd, hexdump, array, base64)")
                })?;
                o.format = Format::Given(form);
            }
            "--sample" => set_source(&mut o, Source::Sample)?,
            "--emit" => o.emit = true,
            "--roundtrip" => o.roundtrip = true,
            "--list" => o.list = true,
            "-h" | "--help" => o.help = true,
            "-" => set_source(&mut o, Source::Stdin)?,
            f if f.starts_with('-') => return Err(format!("unknown option `{a}`")),
            _ => set_source(&mut o, Source::File(a))?,
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

    /// This (inner) failure, followed by the enclosing layer's.
    fn then(self, outer: Failure) -> Failure {
        match (self, outer) {
            (Failure::Input(mut a), Failure::Input(b)) => {
                a.extend(b);
                Failure::Input(a)
            }
            (inner, _) => inner,
        }
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
            error_code: 0,
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
            error_code: 0,
            auxiliary_buffer: &[],
        }
        .encode_vec()?,
        (RequestType::NotificationWait, false) => NotificationWaitRequest {
            flags: 0,
            auxiliary_buffer: &aux,
        }
        .encode_vec()?,
        (RequestType::NotificationWait, true) => NotificationWaitResponse::Success {
            error_code: 0,
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

fn hex_int(value: u64, width: u8) -> String {
    format!("0x{value:0w$X}", w = usize::from(width) * 2)
}

/// Prints an auxiliary block's fields on its own line: the AUX_HEADER fields (`Size`,
/// `Version`, `Type`, already in the line's head) and the structure around the payload's
/// fields are left out.
struct AuxFields<'p> {
    p: &'p mut Printer,
    /// For each structure begun: whether it was left out.
    open: Vec<bool>,
}

impl Dumper for AuxFields<'_> {
    fn int(&mut self, name: &str, value: u64, width: u8) {
        if self.open.is_empty() && matches!(name, "Size" | "Version" | "Type") {
            return;
        }
        self.p.int(name, value, width);
    }

    fn text(&mut self, name: &str, value: &dyn fmt::Display) {
        self.p.text(name, value);
    }

    fn raw(&mut self, name: &str, value: &dyn fmt::Display) {
        self.p.raw(name, value);
    }

    fn bytes(&mut self, name: &str, value: &[u8]) {
        self.p.bytes(name, value);
    }

    fn ints(
        &mut self,
        name: &str,
        values: &mut dyn Iterator<Item = (u64, Option<&str>)>,
        width: u8,
    ) {
        self.p.ints(name, values, width);
    }

    fn begin(&mut self, name: &str) {
        let hide = self.open.is_empty();
        if !hide {
            self.p.begin(name);
        }
        self.open.push(hide);
    }

    fn begin_item(&mut self, index: usize) {
        self.p.begin_item(index);
        self.open.push(false);
    }

    fn end(&mut self) {
        if self.open.pop() == Some(false) {
            self.p.end();
        }
    }
}

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

/// Prints the ROPs of `rops` (`base` bytes into the input) through the library's
/// dissector, or a ROP buffer around them when `buffer` is set.
fn print_rops<'a>(
    p: &mut Printer,
    bytes: &'a [u8],
    base: usize,
    context: ContextRops<'a>,
    s: &Session<'a>,
    buffer: bool,
) -> Res<()> {
    let cx = Cx {
        columns: s.columns,
        tracker: None,
    };
    let side = if s.response {
        Side::Responses {
            requests: context,
            handles: LeArray::empty(),
            context: &cx,
        }
    } else {
        Side::Requests
    };
    let printed = if buffer {
        dissect::rop_buffer(p, bytes, base, &side)
    } else {
        dissect::rop_list(p, bytes, base, &side)
    };
    let what = match (buffer, s.response) {
        (true, _) => "RopBuffer",
        (false, true) => "response ROP",
        (false, false) => "request ROP",
    };
    printed.map_err(|e| Failure::parse(what, e))
}

/// `--layer rop`: ROPs back to back; returns the re-encoded bytes.
fn dump_rop_list<'a>(
    p: &mut Printer,
    bytes: &'a [u8],
    base: usize,
    context: ContextRops<'a>,
    s: &Session<'a>,
) -> Res<Vec<u8>> {
    print_rops(p, bytes, base, context.clone(), s, false)?;
    if !s.roundtrip {
        return Ok(Vec::new());
    }
    let rops = decode_rops(bytes, base, context, s)?;
    rops.encode_list().map_err(|e| Failure::encode("ROPs", e))
}

fn shifted(mut e: DecodeError, base: usize) -> DecodeError {
    e.offset = e.offset.saturating_add(base);
    e
}

/// A ROP buffer ([MS-OXCROPS] 2.2.1) starting `base` bytes into the input; returns the
/// buffer re-encoded from the decoded ROPs and handle table.
fn dump_buffer<'a>(
    p: &mut Printer,
    bytes: &'a [u8],
    base: usize,
    context: ContextRops<'a>,
    s: &Session<'a>,
) -> Res<Vec<u8>> {
    print_rops(p, bytes, base, context.clone(), s, true)?;
    if !s.roundtrip {
        return Ok(Vec::new());
    }
    let buf =
        RopBuffer::decode(bytes).map_err(|e| Failure::parse("RopBuffer", shifted(e, base)))?;
    let rops = decode_rops(buf.rops, base + 2, context, s)?;
    let handles: Vec<u32> = buf.handles.iter().collect();
    rops.encode_buffer(&handles)
        .map_err(|e| Failure::encode("ROP buffer", e))
}

// ---------------------------------------------------------------------------------------
// Outer layers: RPC_HEADER_EXT ([MS-OXCRPC] 2.2.2.1), Execute bodies ([MS-OXCMAPIHTTP]
// 2.2.4.2), the response stream ([MS-OXCMAPIHTTP] 2.2.7)

/// Reads a little-endian u32 at `at`, if there.
fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..)?.first_chunk::<4>()?;
    Some(u32::from_le_bytes(*b))
}

/// The bytes from `at` on, at most `len` of them (what is there of a sized field).
fn partial(bytes: &[u8], at: usize, len: usize) -> &[u8] {
    let rest = bytes.get(at..).unwrap_or_default();
    rest.get(..len).unwrap_or(rest)
}

/// An RPC_HEADER_EXT line, the flags by name (`Flags=0x0005 (COMPRESSED|LAST)`).
fn rpc_header(p: &mut Printer, header: &RpcHeaderExt) {
    p.start(format_args!("RPC_HEADER_EXT"));
    header.dump(p);
    p.end_line();
}

/// An RPC_HEADER_EXT chain ([MS-OXCRPC] 3.1.4.2.1.1) at `base`: each block's header, then
/// its payload as a ROP buffer. Response block `k` is paired with context block `k`.
fn dump_rpc<'a>(
    p: &mut Printer,
    bytes: &'a [u8],
    base: usize,
    ctx: &[Vec<u8>],
    s: &Session<'a>,
) -> Res<Vec<u8>> {
    let mut out = Vec::new();
    let mut pos = 0usize;
    for (k, block) in RpcChain::with_offset(bytes, base).enumerate() {
        // Chained response buffers answer the same request buffer again ([MS-OXCRPC]
        // 3.1.4.2.1.2): block k pairs with request block k, or with the last one.
        let context = ctx.get(k).or(ctx.last()).map(|c| RequestIter::new(c, 0));
        let block = match block {
            Ok(block) => block,
            Err(e) => {
                let outer = Failure::parse("RPC_HEADER_EXT", e);
                return Err(salvage_block(p, bytes, base, pos, context, s, outer));
            }
        };
        rpc_header(p, &block.header);
        let mut scratch = vec![0u8; MAX_PAYLOAD];
        let payload = block
            .payload_into(&mut scratch)
            .map_err(|e| Failure::parse("RPC_HEADER_EXT", e))?;
        let inner = dump_buffer(p, payload, block.payload_offset(), context, s)?;
        pos = block.payload_offset() - base + block.payload.len();
        if s.roundtrip {
            let flags = block.header.flags;
            if flags.contains(RpcFlags::COMPRESSED) && inner == payload {
                // Another compressor's choices need not be ours: the decompressed payload
                // round-tripped, so the block's own bytes stand.
                out.extend(
                    block
                        .encode_vec()
                        .map_err(|e| Failure::encode("RPC_HEADER_EXT block", e))?,
                );
            } else {
                let len = RPC_HEADER_EXT_SIZE + inner.len();
                let reencoded = with_writer(len, |w| write_block(w, &inner, flags))
                    .map_err(|e| Failure::encode("RPC_HEADER_EXT block", e))?;
                out.extend(reencoded);
            }
        }
    }
    Ok(out)
}

/// After a bad block at `pos`: if its header is whole and only the payload is cut short,
/// shows the ROPs in what is there of the payload.
fn salvage_block<'a>(
    p: &mut Printer,
    bytes: &'a [u8],
    base: usize,
    pos: usize,
    context: ContextRops<'_>,
    s: &Session<'a>,
    outer: Failure,
) -> Failure {
    let rest = bytes.get(pos..).unwrap_or_default();
    let Ok((_, header)) = RpcHeaderExt::parse(rest) else {
        return outer;
    };
    let payload = rest.get(RPC_HEADER_EXT_SIZE..).unwrap_or_default();
    if usize::from(header.size) <= payload.len() || header.flags.contains(RpcFlags::COMPRESSED) {
        return outer;
    }
    rpc_header(p, &header);
    let mut plain = payload.to_vec();
    if header.flags.contains(RpcFlags::XOR_MAGIC) {
        xor_magic(&mut plain);
    }
    let at = base + pos + RPC_HEADER_EXT_SIZE;
    match dump_buffer(p, &plain, at, context, s) {
        Err(inner) => inner.then(outer),
        Ok(_) => outer,
    }
}

/// The `AUX_TYPE_…` name of a block when its structure name does not already say it (the
/// BG and FG variants share the structure of the plain type), e.g. `AUX_TYPE_PERF_BG_…`.
fn aux_type_note(block: &AuxBlock<'_>) -> Option<&'static str> {
    let structure = block.structure_name()?;
    let type_name = block.type_name()?;
    let bare = structure.strip_prefix("AUX_").unwrap_or(structure);
    let bare = bare.strip_suffix("_V2").unwrap_or(bare);
    let implied = type_name.strip_prefix("AUX_TYPE_") == Some(bare);
    (!implied).then_some(type_name)
}

/// One auxiliary block on one line: its structure name ([MS-OXCRPC] 2.2.2.2; `AUX_HEADER`
/// for a (Version, Type) pair the spec does not define), the AUX_HEADER fields, then the
/// structure's fields.
fn aux_line(p: &mut Printer, block: &AuxBlock<'_>) {
    let name = block.structure_name().unwrap_or("AUX_HEADER");
    let size = u64::try_from(block.encoded_len()).unwrap_or(u64::MAX);
    p.start(format_args!(
        "{name} Version={} Type={} Size={}",
        hex_int(u64::from(block.version()), 1),
        hex_int(u64::from(block.block_type()), 1),
        hex_int(size, 2)
    ));
    block.dump(&mut AuxFields {
        p: &mut *p,
        open: Vec::new(),
    });
    if let Some(type_name) = aux_type_note(block) {
        p.suffix(format_args!("({type_name})"));
    }
    p.end_line();
}

/// An auxiliary buffer ([MS-OXCRPC] 3.1.4.1.2) at `base`: one RPC_HEADER_EXT (Last set),
/// its payload a run of AUX blocks. Returns it re-encoded from the decoded blocks.
fn dump_aux<'a>(p: &mut Printer, bytes: &'a [u8], base: usize, s: &Session<'a>) -> Res<Vec<u8>> {
    let err = |e| Failure::parse("auxiliary buffer", e);
    if bytes.is_empty() {
        p.line(format_args!("AuxiliaryBuffer (empty)"));
        return Ok(Vec::new());
    }
    let block = match RpcChain::with_offset(bytes, base).next() {
        Some(Ok(block)) => block,
        Some(Err(e)) => return Err(err(e)),
        None => return Ok(Vec::new()),
    };
    rpc_header(p, &block.header);
    let mut scratch = vec![0u8; MAX_PAYLOAD];
    // `aux_walker` counts offsets from the start of `bytes`.
    let walker = aux_walker(bytes, &mut scratch).map_err(|e| err(shifted(e, base)))?;
    let mut blocks = Vec::new();
    for item in walker {
        let aux = item.map_err(|e| Failure::parse("AUX block", shifted(e, base)))?;
        aux_line(p, &aux);
        blocks.push(aux);
    }
    if !s.roundtrip {
        return Ok(Vec::new());
    }
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

/// The `AuxiliaryBuffer` field of a body, at `at` in the input: nothing when empty.
fn dump_aux_field<'a>(
    p: &mut Printer,
    bytes: &'a [u8],
    at: usize,
    s: &Session<'a>,
) -> Res<Vec<u8>> {
    if bytes.is_empty() {
        return Ok(Vec::new());
    }
    dump_aux(p, bytes, at, s)
}

/// Byte fields of bodies that are decoded and printed below the body's line.
const BODY_BYTES: &[&str] = &["RopBuffer", "AuxiliaryBuffer"];

/// The Execute request body ([MS-OXCMAPIHTTP] 2.2.4.2.1) at `base`.
fn dump_execute_request<'a>(
    p: &mut Printer,
    bytes: &'a [u8],
    base: usize,
    ctx: &[Vec<u8>],
    s: &Session<'a>,
) -> Res<Vec<u8>> {
    let req = match ExecuteRequest::decode(bytes) {
        Ok(req) => req,
        Err(e) => {
            let outer = Failure::parse("ExecuteRequest", shifted(e, base));
            let (Some(flags), Some(size)) = (u32_at(bytes, 0), u32_at(bytes, 4)) else {
                return Err(outer);
            };
            p.start(format_args!("ExecuteRequest"));
            flags.dump_field("Flags", p);
            size.dump_field("RopBufferSize", p);
            p.end_line();
            let rop_buffer = partial(bytes, ExecuteRequest::ROP_BUFFER_OFFSET, size as usize);
            return Err(match dump_rpc(p, rop_buffer, base + 8, ctx, s) {
                Err(inner) => inner.then(outer),
                _ => outer,
            });
        }
    };
    p.skipping(BODY_BYTES, |p| {
        p.value(format_args!("ExecuteRequest"), &req)
    });
    let inner = dump_rpc(
        p,
        req.rop_buffer,
        base + ExecuteRequest::ROP_BUFFER_OFFSET,
        ctx,
        s,
    )?;
    let aux_at = base + req.auxiliary_buffer_offset();
    let aux = dump_aux_field(p, req.auxiliary_buffer, aux_at, s)?;
    if !s.roundtrip {
        return Ok(Vec::new());
    }
    ExecuteRequest {
        rop_buffer: &inner,
        auxiliary_buffer: &aux,
        ..req
    }
    .encode_vec()
    .map_err(|e| Failure::encode("ExecuteRequest", e))
}

/// The Execute response body ([MS-OXCMAPIHTTP] 2.2.4.2.2, 2.2.4.2.3) at `base`.
fn dump_execute_response<'a>(
    p: &mut Printer,
    bytes: &'a [u8],
    base: usize,
    ctx: &[Vec<u8>],
    s: &Session<'a>,
) -> Res<Vec<u8>> {
    let at = ExecuteResponse::ROP_BUFFER_OFFSET;
    let resp = match ExecuteResponse::decode(bytes) {
        Ok(resp) => resp,
        Err(e) => {
            let outer = Failure::parse("ExecuteResponse", shifted(e, base));
            let (Some(0), Some(error_code), Some(flags), Some(size)) = (
                u32_at(bytes, 0),
                u32_at(bytes, 4),
                u32_at(bytes, 8),
                u32_at(bytes, 12),
            ) else {
                return Err(outer);
            };
            p.start(format_args!("ExecuteResponse"));
            0u32.dump_field("StatusCode", p);
            error_code.dump_field("ErrorCode", p);
            flags.dump_field("Flags", p);
            size.dump_field("RopBufferSize", p);
            p.end_line();
            let rop_buffer = partial(bytes, at, size as usize);
            return Err(match dump_rpc(p, rop_buffer, base + at, ctx, s) {
                Err(inner) => inner.then(outer),
                _ => outer,
            });
        }
    };
    p.skipping(BODY_BYTES, |p| {
        p.value(format_args!("ExecuteResponse"), &resp)
    });
    let aux_at = base + resp.auxiliary_buffer_offset();
    let ExecuteResponse::Success {
        error_code,
        flags,
        rop_buffer,
        auxiliary_buffer,
    } = resp
    else {
        let aux = dump_aux_field(p, resp.auxiliary_buffer(), aux_at, s)?;
        if !s.roundtrip {
            return Ok(Vec::new());
        }
        return ExecuteResponse::Failure {
            status_code: resp.status_code(),
            auxiliary_buffer: &aux,
        }
        .encode_vec()
        .map_err(|e| Failure::encode("ExecuteResponse", e));
    };
    let inner = dump_rpc(p, rop_buffer, base + at, ctx, s)?;
    let aux = dump_aux_field(p, auxiliary_buffer, aux_at, s)?;
    if !s.roundtrip {
        return Ok(Vec::new());
    }
    ExecuteResponse::Success {
        error_code,
        flags,
        rop_buffer: &inner,
        auxiliary_buffer: &aux,
    }
    .encode_vec()
    .map_err(|e| Failure::encode("ExecuteResponse", e))
}

/// The line name of a body of type `t` ([MS-OXCMAPIHTTP] 2.2.4).
fn body_name(t: RequestType, response: bool) -> &'static str {
    match (t, response) {
        (RequestType::Connect, false) => "ConnectRequest",
        (RequestType::Connect, true) => "ConnectResponse",
        (RequestType::Execute, false) => "ExecuteRequest",
        (RequestType::Execute, true) => "ExecuteResponse",
        (RequestType::Disconnect, false) => "DisconnectRequest",
        (RequestType::Disconnect, true) => "DisconnectResponse",
        (RequestType::NotificationWait, false) => "NotificationWaitRequest",
        (RequestType::NotificationWait, true) => "NotificationWaitResponse",
        (RequestType::Ping, false) => "PingRequest",
        (RequestType::Ping, true) => "PingResponse",
    }
}

/// A MAPI/HTTP body of `--type` ([MS-OXCMAPIHTTP] 2.2.4) at `base`: its fields on one
/// line, then (Execute) the RopBuffer's layers and the auxiliary buffer's blocks.
fn dump_body<'a>(
    p: &mut Printer,
    bytes: &'a [u8],
    base: usize,
    ctx: &[Vec<u8>],
    s: &Session<'a>,
) -> Res<Vec<u8>> {
    let t = s.body_type;
    let name = body_name(t, s.response);
    let err = |e| Failure::parse(name, shifted(e, base));
    match (t, s.response) {
        (RequestType::Execute, false) => dump_execute_request(p, bytes, base, ctx, s),
        (RequestType::Execute, true) => dump_execute_response(p, bytes, base, ctx, s),
        (_, false) => {
            let body = RequestBody::decode_as(t, bytes).map_err(err)?;
            p.skipping(BODY_BYTES, |p| p.value(format_args!("{name}"), &body));
            let (aux, at) = body.auxiliary_buffer();
            let aux = dump_aux_field(p, aux, base + at, s)?;
            if !s.roundtrip {
                return Ok(Vec::new());
            }
            body.with_auxiliary_buffer(&aux)
                .encode_vec()
                .map_err(|e| Failure::encode(name, e))
        }
        (_, true) => {
            let body = ResponseBody::decode_as(t, bytes).map_err(err)?;
            p.skipping(BODY_BYTES, |p| p.value(format_args!("{name}"), &body));
            let (aux, at) = body.auxiliary_buffer();
            let aux = dump_aux_field(p, aux, base + at, s)?;
            if !s.roundtrip {
                return Ok(Vec::new());
            }
            body.with_auxiliary_buffer(&aux)
                .encode_vec()
                .map_err(|e| Failure::encode(name, e))
        }
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

impl HttpStream {
    fn print_head(&self, p: &mut Printer) {
        for tag in &self.tags {
            p.line(format_args!("HTTP {tag}"));
        }
        for (name, value) in &self.headers {
            p.line(format_args!("  {name}={value:?}"));
        }
    }

    fn print_trailers(&self, p: &mut Printer) {
        if self.trailers.is_empty() {
            return;
        }
        p.line(format_args!("HTTP trailers"));
        for (name, value) in &self.trailers {
            p.line(format_args!("  {name}={value:?}"));
        }
    }
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

/// `--chunked` / `--identity`, or what the input looks like: a chunked stream starts with
/// a chunk-size line (hex digits, then CRLF, `;` or whitespace), a de-chunked one with
/// `PROCESSING`.
fn detect_framing(bytes: &[u8]) -> Framing {
    let digits = bytes.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    let after = bytes.get(digits);
    if digits > 0 && matches!(after, Some(b'\r' | b';' | b' ' | b'\t')) {
        Framing::Chunked
    } else {
        Framing::Identity
    }
}

/// Where the data of each chunk is in a chunked stream that decoded without error
/// (RFC 9112 7.1): offset and length.
struct ChunkLayout {
    pieces: Vec<(usize, usize)>,
}

impl ChunkLayout {
    fn of(bytes: &[u8]) -> Option<ChunkLayout> {
        let mut pieces = Vec::new();
        let mut pos = 0usize;
        loop {
            let line = bytes.get(pos..)?;
            let eol = line.windows(2).position(|w| w == b"\r\n")?;
            let digits = line.iter().take_while(|b| b.is_ascii_hexdigit()).count();
            let size = std::str::from_utf8(line.get(..digits)?).ok()?;
            let size = usize::from_str_radix(size, 16).ok()?;
            if size == 0 {
                return Some(ChunkLayout { pieces });
            }
            let start = pos.checked_add(eol)?.checked_add(2)?;
            pieces.push((start, size));
            pos = start.checked_add(size)?.checked_add(2)?;
        }
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

/// The response stream ([MS-OXCMAPIHTTP] 2.2.2.2, 2.2.7), chunked or not: meta-tags, the
/// headers after DONE, then the response body of `--type`, then any trailers.
fn dump_http<'a>(
    p: &mut Printer,
    bytes: &'a [u8],
    framing: Framing,
    ctx: &[Vec<u8>],
    s: &Session<'a>,
) -> Res<Reencoded> {
    let (stream, result) = read_stream(bytes, framing);
    let layout = match (result, framing) {
        (Err(e), _) => {
            stream.print_head(p);
            return Err(Failure::parse("response stream", e));
        }
        (Ok(()), Framing::Identity) => None,
        (Ok(()), Framing::Chunked) => Some(ChunkLayout::of(bytes).ok_or_else(|| {
            Failure::input("response stream: chunk framing not understood".into())
        })?),
    };
    // The length of the de-chunked stream: offsets below count from its start.
    let stream_len = match &layout {
        Some(l) => {
            let n = l.pieces.iter().map(|&(_, len)| len).sum::<usize>();
            p.line(format_args!(
                "HTTP chunked: {} chunks, {n} bytes de-chunked",
                l.pieces.len()
            ));
            n
        }
        None => bytes.len(),
    };
    stream.print_head(p);
    let base = stream_len.saturating_sub(stream.body.len());
    let body = dump_body(p, &stream.body, base, ctx, s);
    stream.print_trailers(p);
    let inner = match (body, &layout) {
        (Err(f), Some(_)) => return Err(noted(f, "(in the de-chunked stream)")),
        (body, _) => body?,
    };
    if !s.roundtrip {
        return Ok(Vec::new().into());
    }
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
                RopBuffer::decode(payload).map_err(|e| err(shifted(e, block.payload_offset())))?;
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
    ctx: &[Vec<u8>],
    s: &Session<'a>,
) -> Res<Reencoded> {
    let context = ctx.first().map(|c| RequestIter::new(c, 0));
    let bytes = match o.layer {
        Layer::Rop => dump_rop_list(p, bytes, 0, context, s)?,
        Layer::Buffer => dump_buffer(p, bytes, 0, context, s)?,
        Layer::Rpc => dump_rpc(p, bytes, 0, ctx, s)?,
        Layer::Aux => dump_aux(p, bytes, 0, s)?,
        Layer::Execute => dump_body(p, bytes, 0, ctx, s)?,
        Layer::Http => {
            let framing = o.framing.unwrap_or_else(|| detect_framing(bytes));
            return dump_http(p, bytes, framing, ctx, s);
        }
    };
    Ok(bytes.into())
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
    let result = decode(&mut p, o, &bytes, &ctx, &session);
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
