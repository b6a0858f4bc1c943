// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

import (
	"fmt"
	"reflect"
	"strconv"
	"time"

	"github.com/peopleupdate/peopleupdate/internal/jsonscan"
	"github.com/peopleupdate/peopleupdate/internal/jsonstr"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// encoder writes one Person as JSON.
type encoder struct {
	b      []byte
	indent bool // one member per line, two spaces per level
	depth  int  // the current level, when indenting
	prune  bool // leave out message fields that hold nothing once pruned (a read's rule)
}

// person writes p, or {} for nil.
func (e *encoder) person(p *Person) error {
	if p == nil {
		e.b = append(e.b, "{}"...)
		return nil
	}
	return e.message(reflect.ValueOf(p).Elem(), personInfo())
}

// newline starts a line at the current level, when indenting.
func (e *encoder) newline() {
	if !e.indent {
		return
	}
	e.b = append(e.b, '\n')
	for range e.depth {
		e.b = append(e.b, "  "...)
	}
}

// message writes m, a generated struct that mi describes, with its populated
// fields in declaration order.
func (e *encoder) message(m reflect.Value, mi *jsonMessage) error {
	e.b = append(e.b, '{')
	e.depth++
	n := 0
	for i := range mi.fields {
		fi := &mi.fields[i]
		f := m.Field(fi.index)
		if !e.populated(f, fi) {
			continue
		}
		if n > 0 {
			e.b = append(e.b, ',')
		}
		n++
		e.newline()
		e.b = append(e.b, fi.key...)
		if e.indent {
			e.b = append(e.b, ' ')
		}
		if err := e.fieldValue(fi, f); err != nil {
			return err
		}
	}
	e.depth--
	if n > 0 {
		e.newline()
	}
	e.b = append(e.b, '}')
	return nil
}

// fieldValue writes the value of field f, which fi describes: one value, or
// the list of them.
func (e *encoder) fieldValue(fi *jsonField, f reflect.Value) error {
	if !fi.list {
		return e.value(fi, f)
	}
	e.b = append(e.b, '[')
	e.depth++
	for j := range f.Len() {
		if j > 0 {
			e.b = append(e.b, ',')
		}
		e.newline()
		if err := e.value(fi, f.Index(j)); err != nil {
			return err
		}
	}
	e.depth--
	e.newline()
	e.b = append(e.b, ']')
	return nil
}

// prunable is a generated message's test of holding nothing once pruned.
type prunable interface{ prunedEmpty() bool }

// populated reports whether field f, which fi describes, is written: proto3's
// rule, a list that is not empty, a message that is set, a scalar that is not
// zero; when pruning, a message that holds something once pruned (a
// Timestamp is a value, always kept).
func (e *encoder) populated(f reflect.Value, fi *jsonField) bool {
	if e.prune && !fi.list && fi.kind == kindMessage {
		return !f.IsNil() && !f.Interface().(prunable).prunedEmpty()
	}
	return populated(f, fi)
}

// populated reports whether field f, which fi describes, is written: proto3's
// rule, a list that is not empty, a message that is set, a scalar that is not
// zero.
func populated(f reflect.Value, fi *jsonField) bool {
	if fi.list {
		return f.Len() > 0
	}
	switch fi.kind {
	case kindString:
		return f.Len() > 0
	case kindBool:
		return f.Bool()
	case kindInt32, kindEnum:
		return f.Int() != 0
	}
	return !f.IsNil()
}

// value writes one value of field fi.
func (e *encoder) value(fi *jsonField, v reflect.Value) error {
	switch fi.kind {
	case kindString:
		var ok bool
		if e.b, ok = jsonstr.Append(e.b, v.String()); !ok {
			return fmt.Errorf("person: field %s holds a string that is not valid UTF-8", fi.fd.FullName())
		}
	case kindBool:
		e.b = strconv.AppendBool(e.b, v.Bool())
	case kindInt32:
		e.b = strconv.AppendInt(e.b, v.Int(), 10)
	case kindEnum:
		e.b = fi.enum.appendValue(e.b, protoreflect.EnumNumber(v.Int()))
	case kindMessage:
		if v.IsNil() { // an element of a list; a set field is never nil
			e.b = append(e.b, "{}"...)
			return nil
		}
		return e.message(v.Elem(), fi.msg)
	case kindTimestamp:
		var ok bool
		if e.b, ok = appendTimestamp(e.b, v.Interface().(*timestamppb.Timestamp)); !ok {
			return fmt.Errorf("person: field %s holds a timestamp outside years 1 to 9999", fi.fd.FullName())
		}
	}
	return nil
}

// appendTimestamp appends ts in RFC 3339, UTC, with 0, 3, 6 or 9 fractional
// digits, quoted. It reports false for a timestamp out of range.
func appendTimestamp(b []byte, ts *timestamppb.Timestamp) ([]byte, bool) {
	secs, nanos := ts.GetSeconds(), ts.GetNanos()
	if secs < jsonscan.MinTimestamp || secs > jsonscan.MaxTimestamp || nanos < 0 || nanos > 999_999_999 {
		return b, false
	}
	b = append(b, '"')
	b = time.Unix(secs, 0).UTC().AppendFormat(b, "2006-01-02T15:04:05")
	if nanos != 0 {
		digits := 9
		switch {
		case nanos%1_000_000 == 0:
			nanos, digits = nanos/1_000_000, 3
		case nanos%1_000 == 0:
			nanos, digits = nanos/1_000, 6
		}
		b = append(b, '.')
		var buf [9]byte
		for i := digits - 1; i >= 0; i-- {
			buf[i] = byte('0' + nanos%10)
			nanos /= 10
		}
		b = append(b, buf[:digits]...)
	}
	return append(b, 'Z', '"'), true
}
