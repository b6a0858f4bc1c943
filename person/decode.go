// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

import (
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
	d := decoder{Scanner: jsonscan.Scanner{In: b, Root: root}, path: make([]step, 0, 8)}
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
		v := reflect.New(fi.msg.goType)
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
	for i := 0; ; i++ {
		if d.Pos >= len(d.In) {
			return d.Fail(d.Pos, jsonscan.ExpectValue)
		}
		switch d.In[d.Pos] {
		case '[':
			return errNotRepeating("", d.place(fi.proto, i))
		case '{':
			if fi.kind != kindMessage {
				return errValue(d.place("", -1), fi.proto, "Starting an object on a scalar field")
			}
			v := reflect.New(fi.msg.goType)
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
