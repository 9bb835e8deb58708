//! JSON text to a `serde_json::Value`, by hand.
//!
//! serde_json's own parser is generic over its readers and visitors and
//! brings its own float parser; in the editor module it was ~20 KB of code
//! (ARCHITECTURE.md "Size"). This one builds the same `Value` for every text
//! serde_json accepts (numbers included: an integer is a `u64` or `i64` when
//! it fits, anything else an `f64` read by the standard library, which rounds
//! correctly like serde_json's `float_roundtrip`), refuses what it refuses
//! (lone surrogate escapes, control characters in strings, trailing text,
//! nesting deeper than 127, numbers out of range) and says where, in Chinese.
//! `tests` hold it to serde_json on arbitrary text.

use serde_json::{Map, Number, Value};

/// How deep arrays and objects may nest (serde_json's limit).
const MAX_DEPTH: usize = 127;

/// Parses a whole JSON text. The error says where, in Chinese
/// (`第 1 行第 5 列：缺少值`).
pub fn parse(text: &str) -> Result<Value, String> {
    let mut p = Parser {
        s: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    let v = p.value().map_err(|e| p.error(e))?;
    p.space();
    if p.at < p.s.len() {
        return Err(p.error("JSON 之后还有多余的内容"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    at: usize,
    depth: usize,
}

type Step<T> = Result<T, &'static str>;

impl Parser<'_> {
    /// The message with the line and column of the parser's position.
    fn error(&self, what: &str) -> String {
        let before = &self.s[..self.at.min(self.s.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
        format!("第 {line} 行第 {column} 列：{what}")
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Takes `word` (after its first byte, already seen).
    fn word(&mut self, word: &[u8], v: Value) -> Step<Value> {
        if self.s[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(v)
        } else {
            Err("不是有效的 JSON 值")
        }
    }

    fn value(&mut self) -> Step<Value> {
        self.space();
        match self.peek() {
            None => Err("缺少值（内容不完整）"),
            Some(b'n') => self.word(b"null", Value::Null),
            Some(b't') => self.word(b"true", Value::Bool(true)),
            Some(b'f') => self.word(b"false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'[') => self.nested(Parser::array),
            Some(b'{') => self.nested(Parser::object),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err("不是有效的 JSON 值"),
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Step<Value>) -> Step<Value> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("嵌套层数太多");
        }
        self.at += 1;
        let v = read(self)?;
        self.depth -= 1;
        Ok(v)
    }

    /// After `[`.
    fn array(&mut self) -> Step<Value> {
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                None => return Err("列表没有结束（缺少 ]）"),
                Some(_) => return Err("列表的两项之间应有逗号"),
            }
        }
    }

    /// After `{`.
    fn object(&mut self) -> Step<Value> {
        let mut map = Map::new();
        self.space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(map));
        }
        loop {
            self.space();
            if self.peek() != Some(b'"') {
                return Err(if self.peek().is_none() {
                    "对象没有结束（缺少 }）"
                } else {
                    "对象的键应是带引号的文字"
                });
            }
            let key = self.string()?;
            self.space();
            if self.peek() != Some(b':') {
                return Err("键之后应有冒号");
            }
            self.at += 1;
            let v = self.value()?;
            map.insert(key, v);
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(map));
                }
                None => return Err("对象没有结束（缺少 }）"),
                Some(_) => return Err("对象的两项之间应有逗号"),
            }
        }
    }

    /// A string, at its opening quote.
    fn string(&mut self) -> Step<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // the text is UTF-8 and the run stops only at ASCII bytes
            out.push_str(std::str::from_utf8(&self.s[start..self.at]).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                Some(_) => return Err("文字里有未转义的控制字符"),
                None => return Err("文字没有结束（缺少 \"）"),
            }
        }
    }

    /// The character of an escape, after its `\`.
    fn escape(&mut self) -> Step<char> {
        let c = self.peek().ok_or("文字没有结束（缺少 \"）")?;
        self.at += 1;
        Ok(match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                match first {
                    0xD800..=0xDBFF => {
                        if !self.s[self.at..].starts_with(b"\\u") {
                            return Err("\\u 转义里有不成对的代理项");
                        }
                        self.at += 2;
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err("\\u 转义里有不成对的代理项");
                        }
                        let c = 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00);
                        char::from_u32(c).ok_or("\\u 转义无效")?
                    }
                    0xDC00..=0xDFFF => return Err("\\u 转义里有不成对的代理项"),
                    c => char::from_u32(c).ok_or("\\u 转义无效")?,
                }
            }
            _ => return Err("无效的转义写法"),
        })
    }

    fn hex4(&mut self) -> Step<u32> {
        let digits = self.s.get(self.at..self.at + 4).ok_or("\\u 转义不完整")?;
        let mut n = 0;
        for &d in digits {
            let v = (d as char)
                .to_digit(16)
                .ok_or("\\u 转义应有四位十六进制数")?;
            n = n * 16 + v;
        }
        self.at += 4;
        Ok(n)
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Step<Value> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let first = self.peek();
        let whole = self.digits();
        if whole == 0 {
            return Err("数字写法无效");
        }
        if first == Some(b'0') && whole > 1 {
            return Err("数字不能以 0 开头");
        }
        let mut float = false;
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err("小数点后应有数字");
            }
            float = true;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err("指数应有数字");
            }
            float = true;
        }
        // ASCII digits and signs only
        let text = std::str::from_utf8(&self.s[start..self.at]).unwrap_or_default();
        if !float {
            let digits = &text[negative as usize..];
            match (negative, digits.parse::<u64>()) {
                (false, Ok(n)) => return Ok(Value::Number(n.into())),
                (true, Ok(n)) if n > 0 && n <= 1 << 63 => {
                    return Ok(Value::Number((n.wrapping_neg() as i64).into()))
                }
                _ => {} // -0, or too long for 64 bits: a float, as serde_json reads it
            }
        }
        let f: f64 = text.parse().map_err(|_| "数字写法无效")?;
        Number::from_f64(f).map(Value::Number).ok_or("数字超出范围")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Same value as serde_json, or both refuse.
    fn same(text: &str) {
        let ours = parse(text);
        let theirs = serde_json::from_str::<Value>(text);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a, b, "{text:?}");
                // the same kind of number too (u64 / i64 / f64)
                assert_eq!(a.to_string(), b.to_string(), "{text:?}");
            }
            (Err(_), Err(_)) => {}
            _ => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
        }
    }

    #[test]
    fn reads_what_serde_json_reads() {
        for t in [
            "null",
            "true",
            "false",
            " \t\r\n 0 ",
            "-0",
            "-0.0",
            "1",
            "-1",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-9223372036854775809",
            "1.5",
            "1e3",
            "1E+3",
            "2.5e-3",
            "0.1",
            "1e308",
            "1e309",
            "-1e309",
            "4.9e-324",
            "1e-400",
            "123456789012345678901234567890",
            "12.3456789012345678901",
            "\"\"",
            "\"甲乙\"",
            r#""a\"b\\c\/d\b\f\n\r\t""#,
            r#""\u00e9\u4e2d""#,
            r#""\ud83d\ude00""#,
            "[]",
            "{}",
            r#"[1,[2,[3]],{"a":{}}]"#,
            r#"{"b":1,"a":2,"b":3}"#,
            r#" { "k" : [ true , null ] } "#,
        ] {
            same(t);
        }
    }

    #[test]
    fn refuses_what_serde_json_refuses() {
        for t in [
            "",
            " ",
            "nul",
            "tru",
            "True",
            "01",
            "-",
            "-a",
            "1.",
            ".5",
            "1e",
            "1e+",
            "+1",
            "0x10",
            "NaN",
            "Infinity",
            "\"abc",
            "\"a\u{1}b\"",
            r#""\x""#,
            r#""\u12""#,
            r#""\u12G4""#,
            r#""\ud800""#,
            r#""\udc00""#,
            r#""\ud800\u0041""#,
            "[1,]",
            "[1 2]",
            "[",
            "{",
            "{\"a\"}",
            "{\"a\":}",
            "{a:1}",
            "{\"a\":1,}",
            "{\"a\":1 \"b\":2}",
            "1 2",
            "[] x",
            "'a'",
        ] {
            same(t);
            assert!(parse(t).is_err(), "{t:?}");
        }
    }

    #[test]
    fn nesting_stops_where_serde_jsons_does() {
        for depth in [126, 127, 128, 129] {
            same(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
            same(&format!(
                "{}1{}",
                "{\"a\":".repeat(depth),
                "}".repeat(depth)
            ));
        }
    }

    #[test]
    fn errors_say_where_in_chinese() {
        assert_eq!(
            parse("{\n  \"a\": tru\n}").unwrap_err(),
            "第 2 行第 8 列：不是有效的 JSON 值"
        );
        assert_eq!(
            parse("[1,2").unwrap_err(),
            "第 1 行第 5 列：列表没有结束（缺少 ]）"
        );
        assert_eq!(
            parse("{} 1").unwrap_err(),
            "第 1 行第 4 列：JSON 之后还有多余的内容"
        );
        assert_eq!(
            parse("\"中文").unwrap_err(),
            "第 1 行第 4 列：文字没有结束（缺少 \"）"
        );
    }
}
