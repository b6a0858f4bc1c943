// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

import (
	"bytes"
	"reflect"
	"strconv"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/internal/jsonscan"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// The decoder is a single pass over the input: a hand-written JSON scanner
// driven by the model's descriptors (jsonMessage). It sets each value in the
// generated structs as soon as it is read, through package reflect (which,
// unlike protoreflect, boxes no value), and stops at the first problem. Every
// '{' or '[' the schema does not allow there is an error at once, so the
// recursion never goes deeper than the schema (a Person is at most five objects
// deep) whatever the input, and every byte is looked at a bounded number of
// times.
//
// The order of errors follows Google's streaming parser: an object or a list is
// judged when it starts, a scalar once it has been read in full, so a syntax
// error inside a scalar wins over an unknown name before it.

// decoder holds the state of one Unmarshal.
type decoder struct {
	jsonscan.Scanner        // the input, the position in it, and the place of the body (Root)
	path             []step // the place of the value being read, below Root

	// The messages come from slabs, one per message type in use: a slab
	// holds as many messages as the innermost list being read has elements
	// left (hint), so that a list's items, their metadata and their sources
	// take one allocation each.
	slabs [numSlabs]decodeSlab
	last  int // the slab replaced last, when all are in use
	hint  int // the elements left in the innermost list, 1 outside lists
}

// numSlabs is the number of message types a decoder has slabs for at once:
// those of a list's items and of the messages they hold.
const numSlabs = 6

// decodeSlab holds messages of one type not yet handed out: free[next:].
type decodeSlab struct {
	msg  *jsonMessage
	free reflect.Value // a []M
	next int
}

// alloc returns a pointer to a new zero message that mi describes, a *M.
func (d *decoder) alloc(mi *jsonMessage) reflect.Value {
	if d.hint <= 1 && d.slabs[0].msg == nil {
		return reflect.New(mi.goType) // no list long enough for slabs yet
	}
	free := -1 // a slab to replace: mi's own, else an unused one, else an empty one
	for i := range d.slabs {
		s := &d.slabs[i]
		switch {
		case s.msg == mi && s.next < s.free.Len():
			v := s.free.Index(s.next).Addr()
			s.next++
			return v
		case s.msg == mi:
			free = i
		case s.msg == nil && (free < 0 || d.slabs[free].msg != mi):
			free = i
		case s.next == s.free.Len() && free < 0:
			free = i
		}
	}
	n := d.hint
	if n <= 1 {
		return reflect.New(mi.goType) // a slab would take two allocations
	}
	if free < 0 {
		d.last = (d.last + 1) % numSlabs
		free = d.last
	}
	d.slabs[free] = decodeSlab{msg: mi, free: reflect.MakeSlice(mi.sliceType, n, n), next: 1}
	return d.slabs[free].free.Index(0).Addr()
}

// step is one step of a place in proto names: a field, and an index in it if it
// is a list.
type step struct {
	name  string
	index int // -1 if none
}

// rootName is the default place of the body: the request's person field.
const rootName = "person"

// place spells out the place of the current object, in proto names, followed by
// the field name (and index, if >= 0) when name is not empty:
// person.email_addresses[1].metadata.
func (d *decoder) place(name string, index int) string {
	b := make([]byte, 0, 64)
	b = append(b, d.Root...)
	for _, st := range d.path {
		b = appendStep(append(b, '.'), st.name, st.index)
	}
	if name != "" {
		b = appendStep(append(b, '.'), name, index)
	}
	return string(b)
}

func appendStep(b []byte, name string, index int) []byte {
	b = append(b, name...)
	if index >= 0 {
		b = append(strconv.AppendInt(append(b, '['), int64(index), 10), ']')
	}
	return b
}

// decodePerson decodes the body b into p, which must be empty.
func decodePerson(b []byte, p *Person, root string) error {
	d := decoder{Scanner: jsonscan.Scanner{In: b, Root: root}, path: make([]step, 0, 8), hint: 1}
	d.WS()
	if d.Pos == len(b) {
		return nil // no body: no person fields
	}
	d.S = string(b)
	switch b[d.Pos] {
	case '{':
		if err := d.object(reflect.ValueOf(p).Elem(), personInfo()); err != nil {
			return err
		}
	case '[':
		return errRoot(d.Root)
	default:
		tok, err := d.Scalar()
		if err != nil {
			return err
		}
		if tok.Kind != jsonscan.Null {
			return errRoot(d.Root)
		}
	}
	d.WS()
	if d.Pos < len(b) {
		return d.Fail(d.Pos, jsonscan.TrailingInput)
	}
	return nil
}

// object decodes the object at d.Pos (its '{') into m, a generated struct that
// mi describes, at the place d.path.
func (d *decoder) object(m reflect.Value, mi *jsonMessage) error {
	d.Pos++
	d.WS()
	if d.Pos < len(d.In) && d.In[d.Pos] == '}' {
		d.Pos++
		return nil
	}
	var seen uint64
	for {
		if d.Pos >= len(d.In) || d.In[d.Pos] != '"' {
			return d.Fail(d.Pos, jsonscan.ExpectKey)
		}
		key, err := d.Str()
		if err != nil {
			return err
		}
		d.WS()
		if d.Pos >= len(d.In) || d.In[d.Pos] != ':' {
			return d.Fail(d.Pos, jsonscan.ExpectColon)
		}
		d.Pos++
		d.WS()
		if err := d.field(m, mi.byName[key], key, &seen); err != nil {
			return err
		}
		d.WS()
		if d.Pos < len(d.In) {
			switch d.In[d.Pos] {
			case ',':
				d.Pos++
				d.WS()
				continue
			case '}':
				d.Pos++
				return nil
			}
		}
		return d.Fail(d.Pos, jsonscan.ExpectObjectEnd)
	}
}

// field decodes the value at d.Pos of the member key of an object into m. fi is
// the field key names, nil if none; seen is the set of fields the object has
// named so far.
func (d *decoder) field(m reflect.Value, fi *jsonField, key string, seen *uint64) error {
	if d.Pos >= len(d.In) {
		return d.Fail(d.Pos, jsonscan.ExpectValue)
	}
	c := d.In[d.Pos]
	var tok jsonscan.Token
	if c != '{' && c != '[' {
		var err error
		if tok, err = d.Scalar(); err != nil {
			return err
		}
	}
	if fi == nil {
		return d.errUnknown(key)
	}
	if *seen&fi.bit != 0 {
		return d.errDuplicate(key, fi)
	}
	*seen |= fi.bit
	f := m.Field(fi.index)
	switch c {
	case '{':
		switch {
		case fi.list:
			return errValue(d.place("", -1), fi.proto, "Starting an object on a repeated field")
		case fi.kind != kindMessage:
			return errValue(d.place("", -1), fi.proto, "Starting an object on a scalar field")
		}
		v := d.alloc(fi.msg)
		f.Set(v)
		d.path = append(d.path, step{fi.proto, -1})
		if err := d.object(v.Elem(), fi.msg); err != nil {
			return err
		}
		d.path = d.path[:len(d.path)-1]
		return nil
	case '[':
		if !fi.list {
			return errNotRepeating(key, d.place("", -1))
		}
		return d.list(f, fi, key)
	}
	if tok.Kind == jsonscan.Null {
		return nil // absent
	}
	if fi.list {
		return errValue(d.place(fi.proto, -1), fi.typ, d.Render(tok))
	}
	return d.set(f, fi, tok, key, -1)
}

// list decodes the list at d.Pos (its '[') into f, the slice of the repeated
// field fi.
func (d *decoder) list(f reflect.Value, fi *jsonField, key string) error {
	d.Pos++
	d.WS()
	if d.Pos < len(d.In) && d.In[d.Pos] == ']' {
		d.Pos++
		return nil
	}
	// A long list, and its messages, come from one allocation each, of as
	// many as its elements: past its first countFrom elements, the decoder
	// counts the rest (more allocations follow if the count falls short, on
	// bad input).
	n := 0 // the elements of the list once counted, else 0
	defer func(hint int) { d.hint = hint }(d.hint)
	d.hint = 1
	for i := 0; ; i++ {
		if d.Pos >= len(d.In) {
			return d.Fail(d.Pos, jsonscan.ExpectValue)
		}
		if i == countFrom {
			n = i + countElems(d.In, d.Pos)
			grown := reflect.MakeSlice(f.Type(), i, n)
			reflect.Copy(grown, f)
			f.Set(grown)
		}
		switch d.In[d.Pos] {
		case '[':
			return errNotRepeating("", d.place(fi.proto, i))
		case '{':
			if fi.kind != kindMessage {
				return errValue(d.place("", -1), fi.proto, "Starting an object on a scalar field")
			}
			if n > 0 {
				d.hint = max(1, n-i)
			}
			v := d.alloc(fi.msg)
			appendElem(f).Set(v)
			d.path = append(d.path, step{fi.proto, i})
			if err := d.object(v.Elem(), fi.msg); err != nil {
				return err
			}
			d.path = d.path[:len(d.path)-1]
		default:
			tok, err := d.Scalar()
			if err != nil {
				return err
			}
			if tok.Kind == jsonscan.Null {
				return errValue(d.place(fi.proto, i), fi.typ, "null")
			}
			if err := d.set(appendElem(f), fi, tok, key, i); err != nil {
				return err
			}
		}
		d.WS()
		if d.Pos < len(d.In) {
			switch d.In[d.Pos] {
			case ',':
				d.Pos++
				d.WS()
				continue
			case ']':
				d.Pos++
				return nil
			}
		}
		return d.Fail(d.Pos, jsonscan.ExpectListEnd)
	}
}

// countFrom is the index of the element of a list from which the decoder
// counts the elements left (countElems): short lists, the most common, are
// not counted.
const countFrom = 4

// countElems returns at least 1 and at most the number of elements of the
// list whose element at in[pos] is the first not yet decoded: one quick pass
// over the bytes, which only tracks strings and nesting (the decoder judges
// the syntax).
func countElems(in []byte, pos int) int {
	n, depth := 1, 0
	for ; pos < len(in); pos++ {
		switch in[pos] {
		case '"': // to the closing quote: the first not escaped
			for {
				k := bytes.IndexByte(in[pos+1:], '"')
				if k < 0 {
					return n
				}
				pos += 1 + k
				escapes := 0
				for j := pos - 1; in[j] == '\\'; j-- { // the opening quote ends it
					escapes++
				}
				if escapes%2 == 0 {
					break
				}
			}
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return n
			}
			depth--
		case ',':
			if depth == 0 {
				n++
			}
		}
	}
	return n
}

// appendElem appends a zero element to the slice f and returns it, settable.
func appendElem(f reflect.Value) reflect.Value {
	n := f.Len()
	if n == f.Cap() {
		grown := reflect.MakeSlice(f.Type(), n, 2*n+1)
		reflect.Copy(grown, f)
		f.Set(grown)
	}
	f.SetLen(n + 1)
	return f.Index(n)
}

// set stores the scalar tok, a value of field fi, in f. key is the member name
// in the input; index is the index of the value in its list, or -1.
func (d *decoder) set(f reflect.Value, fi *jsonField, tok jsonscan.Token, key string, index int) error {
	switch fi.kind {
	case kindString:
		if tok.Kind == jsonscan.String {
			f.SetString(tok.Str)
			return nil
		}
	case kindBool:
		if tok.Kind == jsonscan.True || tok.Kind == jsonscan.False {
			f.SetBool(tok.Kind == jsonscan.True)
			return nil
		}
	case kindInt32:
		var n int32
		var ok bool
		switch tok.Kind {
		case jsonscan.Number:
			n, ok = jsonscan.Int32FromNumber(d.In[tok.Start:tok.End])
		case jsonscan.String:
			n, ok = jsonscan.Int32FromString(tok.Str)
		}
		if ok {
			f.SetInt(int64(n))
			return nil
		}
	case kindEnum:
		switch tok.Kind {
		case jsonscan.String:
			if n, ok := fi.enum.byName[tok.Str]; ok {
				f.SetInt(int64(n))
				return nil
			}
		case jsonscan.Number:
			if n, ok := jsonscan.Int32FromNumber(d.In[tok.Start:tok.End]); ok {
				f.SetInt(int64(n))
				return nil
			}
		}
	case kindTimestamp:
		if tok.Kind != jsonscan.String {
			return errValue(d.place(fi.proto, index), fi.typ, "Field '"+key+"', Invalid data type for timestamp")
		}
		secs, nanos, why := jsonscan.ParseTimestamp(tok.Str)
		if why != "" {
			return errValue(d.place(fi.proto, index), fi.typ, "Field '"+key+"', "+why)
		}
		f.Set(reflect.ValueOf(&timestamppb.Timestamp{Seconds: secs, Nanos: nanos}))
		return nil
	}
	return errValue(d.place(fi.proto, index), fi.typ, d.Render(tok))
}

// errUnknown is the error for a member name the current object does not have.
func (d *decoder) errUnknown(name string) error {
	place := d.place("", -1)
	return apierror.NewUnknownBodyField(name, place).WithField(place, "")
}

// errDuplicate is the error for a field named twice in the current object,
// under the same or the other spelling.
func (d *decoder) errDuplicate(name string, fi *jsonField) error {
	return apierror.NewDuplicateField(name, d.place("", -1)).WithField(d.place(fi.proto, -1), "")
}

// errNotRepeating is the error for a list given for the member name of the
// object at place, a field that is not repeated (or, with name "", for a list
// inside a list).
func errNotRepeating(name, place string) error {
	return apierror.NewNotRepeating(name, place).WithField(place, "")
}

// errRoot is the error for a body that is a list, a string, a number or a
// boolean.
func errRoot(root string) error {
	return apierror.NewMalformedJSON(`Unknown name "": Root element must be a message.`).
		WithField(root, "")
}

// errValue is the error for a value of the wrong type at place.
func errValue(place, typ, value string) error {
	return apierror.NewInvalidBodyValue(place, typ, value).WithField(place, "")
}
