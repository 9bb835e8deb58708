#!/usr/bin/env python3
"""Converts ASCII , : ; ( ) ! ? to full-width inside string literals that
contain CJK text (Rust/JS sources). Format placeholders {...} are left alone.
Usage: fullwidth.py FILE...   (rewrites in place, prints what changed)"""
import re, sys

CJK = re.compile(r'[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]')
MAP = {',': '\uff0c', ':': '\uff1a', ';': '\uff1b', '(': '\uff08', ')': '\uff09', '!': '\uff01', '?': '\uff1f'}
LIT = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')

def fix_literal(lit):
    if not CJK.search(lit):
        return lit
    out, depth, i = [], 0, 0
    while i < len(lit):
        c = lit[i]
        if c == '{' and lit[i:i+2] != '{{':
            depth += 1
        elif c == '}' and depth:
            depth -= 1
        elif depth == 0 and c in MAP:
            # keep URLs, times, decimals: "http://", "12:30", "3.5"
            prev, nxt = lit[i-1:i], lit[i+1:i+2]
            if c == ':' and (nxt == '/' or (prev.isdigit() and nxt.isdigit())):
                pass
            else:
                c = MAP[c]
        out.append(c)
        i += 1
    return ''.join(out)

for path in sys.argv[1:]:
    src = open(path, encoding='utf-8').read()
    new = LIT.sub(lambda m: m.group(0)[0] + fix_literal(m.group(0)[1:-1]) + m.group(0)[-1] if len(m.group(0)) >= 2 else m.group(0), src)
    if new != src:
        open(path, 'w', encoding='utf-8').write(new)
        print('fixed', path)
