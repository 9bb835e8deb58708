//! Test-only: a strict little XML well-formedness checker and event reader,
//! enough to verify the OOXML parts we write (no DTDs, no external entities).

#[derive(Debug, Clone, PartialEq)]
pub enum Ev {
    Start(String, Vec<(String, String)>),
    End(String),
    Text(String),
}

fn valid_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..='\u{10ffff}')
}

fn valid_name(n: &str) -> bool {
    !n.is_empty()
        && !n.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '.')
        && n.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ':' | '_' | '-' | '.'))
}

fn decode(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after.find(';').ok_or_else(|| {
            format!(
                "unterminated entity in {:?}",
                &rest[i..rest.len().min(i + 20)]
            )
        })?;
        let ent = &after[..end];
        let c = match ent {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ if ent.starts_with("#x") => u32::from_str_radix(&ent[2..], 16)
                .ok()
                .and_then(char::from_u32)
                .ok_or(format!("bad char ref &{ent};"))?,
            _ if ent.starts_with('#') => ent[1..]
                .parse::<u32>()
                .ok()
                .and_then(char::from_u32)
                .ok_or(format!("bad char ref &{ent};"))?,
            _ => return Err(format!("unknown entity &{ent};")),
        };
        if !valid_char(c) {
            return Err(format!("char ref to invalid character &{ent};"));
        }
        out.push(c);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Parses a whole document; errors name the problem.
pub fn parse(xml: &str) -> Result<Vec<Ev>, String> {
    if let Some(c) = xml.chars().find(|c| !valid_char(*c)) {
        return Err(format!("invalid XML character U+{:04X}", c as u32));
    }
    let mut evs = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let mut roots = 0;
    let mut s = xml;
    if s.starts_with("<?xml") {
        let end = s.find("?>").ok_or("unterminated XML declaration")?;
        s = &s[end + 2..];
    }
    while !s.is_empty() {
        if let Some(rest) = s.strip_prefix("<!--") {
            let end = rest.find("-->").ok_or("unterminated comment")?;
            s = &rest[end + 3..];
        } else if s.starts_with("<!") || s.starts_with("<?") {
            return Err("DOCTYPE, CDATA and processing instructions are not expected".into());
        } else if let Some(rest) = s.strip_prefix("</") {
            let end = rest.find('>').ok_or("unterminated end tag")?;
            let name = rest[..end].trim_end();
            match stack.pop() {
                Some(open) if open == name => evs.push(Ev::End(name.to_string())),
                Some(open) => return Err(format!("</{name}> closes <{open}>")),
                None => return Err(format!("</{name}> with nothing open")),
            }
            s = &rest[end + 1..];
        } else if let Some(rest) = s.strip_prefix('<') {
            if stack.is_empty() {
                roots += 1;
                if roots > 1 {
                    return Err("more than one root element".into());
                }
            }
            // Find the tag end, honouring quotes.
            let mut quote: Option<char> = None;
            let mut end = None;
            for (i, c) in rest.char_indices() {
                match (quote, c) {
                    (None, '"' | '\'') => quote = Some(c),
                    (Some(q), c) if c == q => quote = None,
                    (None, '>') => {
                        end = Some(i);
                        break;
                    }
                    (None, '<') | (Some(_), '<') => return Err("'<' inside a tag".into()),
                    _ => {}
                }
            }
            let end = end.ok_or("unterminated start tag")?;
            let mut inner = &rest[..end];
            let empty = inner.ends_with('/');
            if empty {
                inner = &inner[..inner.len() - 1];
            }
            let name_end = inner
                .find(|c: char| c.is_whitespace())
                .unwrap_or(inner.len());
            let name = &inner[..name_end];
            if !valid_name(name) {
                return Err(format!("bad element name {name:?}"));
            }
            let mut attrs: Vec<(String, String)> = Vec::new();
            let mut a = inner[name_end..].trim_start();
            while !a.is_empty() {
                let eq = a
                    .find('=')
                    .ok_or(format!("attribute without value in <{name}>"))?;
                let key = a[..eq].trim();
                if !valid_name(key) {
                    return Err(format!("bad attribute name {key:?} in <{name}>"));
                }
                let v = a[eq + 1..].trim_start();
                let q = v
                    .chars()
                    .next()
                    .filter(|c| *c == '"' || *c == '\'')
                    .ok_or(format!("unquoted attribute {key}"))?;
                let close = v[1..].find(q).ok_or("unterminated attribute value")?;
                let value = decode(&v[1..1 + close])?;
                if attrs.iter().any(|(k, _)| k == key) {
                    return Err(format!("duplicate attribute {key} in <{name}>"));
                }
                attrs.push((key.to_string(), value));
                let after = &v[1 + close + 1..];
                if !after.is_empty() && !after.starts_with(char::is_whitespace) {
                    return Err(format!("no space between attributes in <{name}>"));
                }
                a = after.trim_start();
            }
            evs.push(Ev::Start(name.to_string(), attrs));
            if empty {
                evs.push(Ev::End(name.to_string()));
            } else {
                stack.push(name.to_string());
            }
            s = &rest[end + 1..];
        } else {
            let end = s.find('<').unwrap_or(s.len());
            let raw = &s[..end];
            if raw.contains('>') && raw.contains("]]>") {
                return Err("']]>' in text".into());
            }
            let text = decode(raw)?;
            if stack.is_empty() {
                if !text.trim().is_empty() {
                    return Err(format!(
                        "text outside the root: {:?}",
                        &text[..text.len().min(40)]
                    ));
                }
            } else {
                evs.push(Ev::Text(text));
            }
            s = &s[end..];
        }
    }
    if let Some(open) = stack.pop() {
        return Err(format!("<{open}> never closed"));
    }
    if roots != 1 {
        return Err("no root element".into());
    }
    Ok(evs)
}

/// Attributes of every element named `name`, in document order.
pub fn elements<'a>(evs: &'a [Ev], name: &str) -> Vec<&'a [(String, String)]> {
    evs.iter()
        .filter_map(|e| match e {
            Ev::Start(n, a) if n == name => Some(a.as_slice()),
            _ => None,
        })
        .collect()
}

pub fn attr<'a>(attrs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// The text of each `w:p`: its `w:t` contents joined (`w:tab` as a tab).
pub fn paragraph_texts(evs: &[Ev]) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    let mut in_t = false;
    for e in evs {
        match e {
            Ev::Start(n, _) if n == "w:p" => cur = Some(String::new()),
            Ev::End(n) if n == "w:p" => out.extend(cur.take()),
            Ev::Start(n, _) if n == "w:t" => in_t = true,
            Ev::End(n) if n == "w:t" => in_t = false,
            Ev::Start(n, _) if n == "w:tab" => {
                if let Some(c) = cur.as_mut() {
                    c.push('\t')
                }
            }
            Ev::Text(t) if in_t => {
                if let Some(c) = cur.as_mut() {
                    c.push_str(t)
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn checker_rejects_what_it_must() {
    assert!(parse("<a><b></a></b>").is_err());
    assert!(parse("<a>&foo;</a>").is_err());
    assert!(parse("<a>x & y</a>").is_err());
    assert!(parse("<a x=\"1\" x=\"2\"/>").is_err());
    assert!(parse("<a>\u{1}</a>").is_err());
    assert!(parse("<a/><b/>").is_err());
    assert!(parse("<a x=\"<\"/>").is_err());
    assert!(parse("<a>").is_err());
    let ok = parse("<?xml version=\"1.0\"?>\n<a k='v &amp; w'><b/>t&lt;&#x4e00;</a>").unwrap();
    assert_eq!(
        ok[0],
        Ev::Start("a".into(), vec![("k".into(), "v & w".into())])
    );
    assert_eq!(ok[3], Ev::Text("t<一".into()));
}
