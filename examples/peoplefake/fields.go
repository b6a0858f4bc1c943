// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/peopleupdate/peopleupdate/apierror"
)

// A fieldTree is a parsed fields selector (the system parameter fields, a
// partial response): the members kept at one level of the response, each with
// the tree of what is kept below it (nil: all of it). "*" keeps every member.
// The nil tree keeps everything.
type fieldTree map[string]fieldTree

// parseFields parses the fields parameter (values given more than once are
// joined with commas). The syntax is Google's: a comma-separated list of
// paths a/b/c, each optionally followed by a parenthesised sub-selector,
// as in "connections(names,emailAddresses/value),nextPageToken". An empty or
// absent parameter selects everything.
func parseFields(values []string) (fieldTree, error) {
	raw := strings.Join(values, ",")
	if strings.TrimSpace(raw) == "" {
		return nil, nil
	}
	p := &fieldParser{s: raw}
	t := fieldTree{}
	if !p.list(t) || p.i != len(p.s) {
		return nil, invalidFieldSelection(raw)
	}
	return t, nil
}

// invalidFieldSelection is the front end's 400 for a fields selector it cannot
// parse.
func invalidFieldSelection(raw string) *apierror.Error {
	return invalidArgumentf("Invalid field selection %s", raw).WithField("fields", "")
}

// fieldParser is a recursive-descent parser of a fields selector.
type fieldParser struct {
	s string
	i int
}

// list parses item (',' item)* into t.
func (p *fieldParser) list(t fieldTree) bool {
	for {
		p.space()
		if !p.item(t) {
			return false
		}
		p.space()
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			continue
		}
		return true
	}
}

// item parses name ('/' name)* ['(' list ')'] into t.
func (p *fieldParser) item(t fieldTree) bool {
	var path []string
	for {
		name := p.name()
		if name == "" {
			return false
		}
		path = append(path, name)
		if p.i < len(p.s) && p.s[p.i] == '/' {
			p.i++
			continue
		}
		break
	}
	var sub fieldTree
	if p.i < len(p.s) && p.s[p.i] == '(' {
		p.i++
		sub = fieldTree{}
		if !p.list(sub) || p.i >= len(p.s) || p.s[p.i] != ')' {
			return false
		}
		p.i++
	}
	for i := len(path) - 1; i > 0; i-- {
		sub = fieldTree{path[i]: sub}
	}
	t.add(path[0], sub)
	return true
}

// name parses one member name (letters, digits, _, -, @, $, or a lone *).
func (p *fieldParser) name() string {
	start := p.i
	if p.i < len(p.s) && p.s[p.i] == '*' {
		p.i++
		return "*"
	}
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c == '_' || c == '-' || c == '@' || c == '$' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			p.i++
			continue
		}
		break
	}
	return p.s[start:p.i]
}

// space skips blanks.
func (p *fieldParser) space() {
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
	}
}

// add keeps name with sub below it, merging with what t already keeps there.
func (t fieldTree) add(name string, sub fieldTree) {
	old, ok := t[name]
	switch {
	case !ok:
		t[name] = sub
	case old == nil || sub == nil:
		t[name] = nil
	default:
		for k, v := range sub {
			old.add(k, v)
		}
	}
}

// filter returns the JSON body with only the members t selects, in their
// order; arrays are filtered element by element, and a sub-selection of a
// scalar member drops it. A body that is not JSON is
// returned as it is.
func (t fieldTree) filter(body []byte) []byte {
	if t == nil {
		return body
	}
	out, err := t.apply(nil, body)
	if err != nil {
		return body
	}
	return out
}

// composite reports whether a JSON value is an object or an array.
func composite(v []byte) bool {
	v = bytes.TrimSpace(v)
	return len(v) > 0 && (v[0] == '{' || v[0] == '[')
}

// apply appends the filtered form of the JSON value raw to b.
func (t fieldTree) apply(b []byte, raw []byte) ([]byte, error) {
	raw = bytes.TrimSpace(raw)
	if t == nil || len(raw) == 0 || (raw[0] != '{' && raw[0] != '[') {
		return append(b, raw...), nil
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	if raw[0] == '[' {
		b = append(b, '[')
		for n := 0; dec.More(); n++ {
			var v json.RawMessage
			if err := dec.Decode(&v); err != nil {
				return nil, err
			}
			if n > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = t.apply(b, v); err != nil {
				return nil, err
			}
		}
		return append(b, ']'), nil
	}
	b = append(b, '{')
	for n := 0; dec.More(); {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		sub, ok := t[key]
		if !ok {
			if sub, ok = t["*"]; !ok {
				continue
			}
		}
		if sub != nil && !composite(v) {
			continue // a sub-selection of a scalar selects nothing
		}
		if n > 0 {
			b = append(b, ',')
		}
		n++
		k, _ := json.Marshal(key)
		b = append(append(b, k...), ':')
		if b, err = sub.apply(b, v); err != nil {
			return nil, err
		}
	}
	return append(b, '}'), nil
}

// capture makes a method that streams its answer (streamJSON) write it, compact,
// to a buffer instead, when t selects fields: the selection needs the whole
// answer.
func (t fieldTree) capture(c *call) {
	if t != nil {
		c.w, c.pretty = &fieldsBuffer{h: http.Header{}}, false
	}
}

// flush writes the filtered answer a method streamed to capture's buffer.
func (t fieldTree) flush(w http.ResponseWriter, pretty bool, c *call) {
	if fb, ok := c.w.(*fieldsBuffer); ok {
		writeJSON(w, pretty, http.StatusOK, t.filter(fb.body.Bytes()))
	}
}

// fieldsBuffer is the ResponseWriter of capture.
type fieldsBuffer struct {
	h    http.Header
	body bytes.Buffer
}

func (b *fieldsBuffer) Header() http.Header         { return b.h }
func (b *fieldsBuffer) Write(p []byte) (int, error) { return b.body.Write(p) }
func (b *fieldsBuffer) WriteHeader(int)             {}
