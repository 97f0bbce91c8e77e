//! The text form of decoded values: one line per value, `Name=value` by spec field name,
//! names in parentheses after numbers, nested structures indented below their line
//! (ropdump's output). Writes straight into any [`core::fmt::Write`]; nothing allocates.

use core::fmt::{self, Write};

use crate::wire::{Dump, Dumper, Namer, Utf16Str};

/// A [`Dumper`] that writes the text form into `out`.
///
/// Every top-level line starts with [`Text::start`]; fields follow on the same line, a
/// nested structure or list goes on the lines below it, indented two spaces per level, and
/// fields after a nested structure continue on a line of their own. The first write error
/// is kept and returned by [`Text::finish`].
pub struct Text<W: Write> {
    out: W,
    depth: usize,
    /// Something has been written on the current line.
    open: bool,
    /// The next field continues a structure after a nested one (goes on an indented line).
    resume: bool,
    /// Byte fields not printed (a caller decodes and prints them below their line).
    skip: &'static [&'static str],
    result: fmt::Result,
}

impl<W: Write> Text<W> {
    /// A dumper writing into `out` (a `String`, a `heapless::String`, `&mut dyn Write`…).
    pub fn new(out: W) -> Self {
        Text {
            out,
            depth: 0,
            open: false,
            resume: false,
            skip: &[],
            result: Ok(()),
        }
    }

    fn put(&mut self, args: fmt::Arguments<'_>) {
        if self.result.is_ok() {
            self.result = self.out.write_fmt(args);
        }
        self.open = true;
    }

    /// Ends the current line, if anything is on it.
    pub fn end_line(&mut self) {
        if self.open {
            if self.result.is_ok() {
                self.result = self.out.write_char('\n');
            }
            self.open = false;
        }
    }

    fn indent(&mut self, depth: usize) {
        for _ in 0..depth {
            self.put(format_args!("  "));
        }
    }

    /// Starts a new top-level line with `head` (a layer name, a ROP name and offset).
    pub fn start(&mut self, head: fmt::Arguments<'_>) {
        self.end_line();
        self.depth = 0;
        self.resume = false;
        self.put(head);
    }

    /// A whole top-level line.
    pub fn line(&mut self, text: fmt::Arguments<'_>) {
        self.start(text);
        self.end_line();
    }

    /// A top-level line `head` followed by the fields of `value`.
    pub fn value(&mut self, head: fmt::Arguments<'_>, value: &dyn Dump) {
        self.start(head);
        value.dump(self);
        self.end_line();
    }

    /// Runs `f` with the byte fields named in `skip` left out.
    pub fn skipping(&mut self, skip: &'static [&'static str], f: impl FnOnce(&mut Self)) {
        self.skip = skip;
        f(self);
        self.skip = &[];
    }

    /// Text after the fields of the current line, unless a nested structure ended it.
    pub fn suffix(&mut self, text: fmt::Arguments<'_>) {
        if self.open && !self.resume {
            self.put(format_args!(" {text}"));
        }
    }

    /// Ends the last line; the first error `out` reported, if any.
    pub fn finish(mut self) -> fmt::Result {
        self.end_line();
        self.result
    }

    /// Ends the last line and returns the writer (whatever was written before an error).
    pub fn into_inner(mut self) -> W {
        self.end_line();
        self.out
    }

    fn field(&mut self, name: &str) {
        if !self.open && self.resume {
            let depth = self.depth + 1;
            self.indent(depth);
        } else if self.open {
            self.put(format_args!(" "));
        }
        self.put(format_args!("{name}="));
    }
}

/// An integer in hex with as many digits as its wire width (`0x0037001F`).
pub struct Hex(pub u64, pub u8);

impl fmt::Display for Hex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "0x{:0w$X}", self.0, w = usize::from(self.1) * 2)
    }
}

/// Writes text between double quotes, escaping quotes, backslashes and control characters.
struct Quoted<'o>(&'o mut dyn Write);

impl Write for Quoted<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        s.chars().try_for_each(|c| self.write_char(c))
    }

    fn write_char(&mut self, c: char) -> fmt::Result {
        match c {
            '"' | '\\' => write!(self.0, "\\{c}"),
            c if c.is_control() => write!(self.0, "{}", c.escape_default()),
            c => self.0.write_char(c),
        }
    }
}

impl<W: Write> Dumper for Text<W> {
    fn int(&mut self, name: &str, value: u64, width: u8) {
        self.field(name);
        self.put(format_args!("{}", Hex(value, width)));
    }

    fn labelled(&mut self, name: &str, value: u64, width: u8, label: &dyn fmt::Display) {
        // Labels are computed when printed (a name lookup); one that prints nothing is none.
        let mut text = heapless::String::<256>::new();
        let _ = write!(text, "{label}");
        self.field(name);
        if text.is_empty() {
            self.put(format_args!("{}", Hex(value, width)));
        } else {
            self.put(format_args!("{} ({text})", Hex(value, width)));
        }
    }

    fn text(&mut self, name: &str, value: &dyn fmt::Display) {
        self.field(name);
        if self.result.is_ok() {
            self.result = self.out.write_char('"');
            let mut q = Quoted(&mut self.out);
            self.result = self.result.and_then(|_| write!(q, "{value}"));
            self.result = self.result.and_then(|_| self.out.write_char('"'));
        }
    }

    fn utf16(&mut self, name: &str, value: &Utf16Str<'_>) {
        self.text(name, value);
    }

    fn raw(&mut self, name: &str, value: &dyn fmt::Display) {
        self.field(name);
        self.put(format_args!("{value}"));
    }

    fn bytes(&mut self, name: &str, value: &[u8]) {
        if self.skip.contains(&name) {
            return;
        }
        self.field(name);
        if !value.is_empty() {
            self.put(format_args!("0x"));
            for b in value {
                self.put(format_args!("{b:02X}"));
            }
            self.put(format_args!(" "));
        }
        let unit = if value.len() == 1 { "byte" } else { "bytes" };
        self.put(format_args!("({} {unit})", value.len()));
    }

    fn ints(&mut self, name: &str, values: &mut dyn Iterator<Item = u64>, width: u8, names: Namer) {
        self.field(name);
        self.put(format_args!("["));
        for (i, v) in values.enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            match names(v) {
                Some(l) => self.put(format_args!("{sep}{} ({l})", Hex(v, width))),
                None => self.put(format_args!("{sep}{}", Hex(v, width))),
            }
        }
        self.put(format_args!("]"));
    }

    fn id(&mut self, name: &str, value: u64) {
        self.field(name);
        self.put(format_args!("{}", crate::data::Id8(value)));
    }

    fn ids(&mut self, name: &str, values: &mut dyn Iterator<Item = u64>) {
        self.field(name);
        self.put(format_args!("["));
        for (i, id) in values.enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            self.put(format_args!("{sep}{}", crate::data::Id8(id)));
        }
        self.put(format_args!("]"));
    }

    fn begin(&mut self, name: &str) {
        self.end_line();
        self.depth += 1;
        let depth = self.depth;
        self.indent(depth);
        self.put(format_args!("{name}:"));
    }

    fn begin_item(&mut self, index: usize) {
        self.end_line();
        self.depth += 1;
        let depth = self.depth;
        self.indent(depth);
        self.put(format_args!("[{index}]"));
    }

    fn end(&mut self) {
        self.end_line();
        self.depth = self.depth.saturating_sub(1);
        self.resume = true;
    }
}
