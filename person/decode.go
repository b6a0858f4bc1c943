// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

import (
	"reflect"
	"strconv"
	"unsafe"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/internal/jsonscan"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// The decoder is a single pass over the input: a hand-written JSON scanner
// driven by the model's descriptors (jsonMessage). It sets each value in the
// generated structs as soon as it is read, and stops at the first problem.
// Every '{' or '[' the schema does not allow there is an error at once, so the
// recursion never goes deeper than the schema (a Person is at most five objects
// deep) whatever the input, and every byte is looked at a bounded number of
// times.
//
// The order of errors follows Google's streaming parser: an object or a list is
// judged when it starts, a scalar once it has been read in full, so a syntax
// error inside a scalar wins over an unknown name before it.
//
// Values are stored without package reflect, the way the internal/impl package
// of google.golang.org/protobuf does: a message is an unsafe.Pointer to its
// generated struct, made by reflect.New, and a field is at that pointer plus
// jsonField.offset (reflect.StructField.Offset). The decoder writes there a
// value of the Go type goTypeOf names, which the table builder (infos.message)
// has checked has the kind of the generated field, and so its layout: a string,
// a bool, an int32 (int32 fields and enums), a pointer (*M, *Timestamp) or a
// slice of one of those ([]*M is written as a []unsafe.Pointer, the same
// layout). Pointers are only ever held as unsafe.Pointer or typed pointers,
// never as uintptr, so the garbage collector sees every one: a message under
// construction is reachable from the stack, from its parent, or from
// decoder.elems; the array of a []unsafe.Pointer is typed as holding pointers,
// as that of a []*M is. No pointer is ever formed past the end of an
// allocation.
//
// The lists of the model hold messages, strings or enums; infos.message panics
// on any other (a change of person.proto the decoder would have to follow).

// decoder holds the state of one Unmarshal.
type decoder struct {
	jsonscan.Scanner        // the input, the position in it, and the place of the body (Root)
	path             []step // the place of the value being read, below Root
	// elems holds the elements read so far of the lists of messages being
	// read, the innermost list's last. A list is stored when it ends, in a
	// slice of its length: each list makes one slice, not one per growth.
	elems []unsafe.Pointer
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
	d := decoder{Scanner: jsonscan.Scanner{In: b, Root: root}}
	d.WS()
	if d.Pos == len(b) {
		return nil // no body: no person fields
	}
	d.S = string(b)
	switch b[d.Pos] {
	case '{':
		d.path = make([]step, 0, 8)
		d.elems = make([]unsafe.Pointer, 0, 32)
		if err := d.object(unsafe.Pointer(p), personInfo()); err != nil {
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
func (d *decoder) object(m unsafe.Pointer, mi *jsonMessage) error {
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
		var fi *jsonField
		if i, ok := mi.names.find(key); ok {
			fi = &mi.fields[i]
		}
		if err := d.field(m, fi, key, &seen); err != nil {
			return err
		}
		if more, err := d.next('}', jsonscan.ExpectObjectEnd); !more {
			return err
		}
	}
}

// field decodes the value at d.Pos of the member key of an object into m. fi is
// the field key names, nil if none; seen is the set of fields the object has
// named so far.
func (d *decoder) field(m unsafe.Pointer, fi *jsonField, key string, seen *uint64) error {
	if d.Pos >= len(d.In) {
		return d.Fail(d.Pos, jsonscan.ExpectValue)
	}
	c := d.In[d.Pos]
	var tok jsonscan.Token
	switch c {
	case '{', '[':
	case '"': // d.Scalar, with a shortcut for the usual case: a string field
		start := d.Pos
		s, err := d.Str()
		if err != nil {
			return err
		}
		if fi != nil && fi.kind == kindString && !fi.list && *seen&fi.bit == 0 {
			*seen |= fi.bit
			*(*string)(unsafe.Add(m, fi.offset)) = s
			return nil
		}
		tok = jsonscan.Token{Kind: jsonscan.String, Start: start, End: d.Pos, Str: s}
	default:
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
	f := unsafe.Add(m, fi.offset)
	switch c {
	case '{':
		switch {
		case fi.list:
			return errValue(d.place("", -1), fi.proto, "Starting an object on a repeated field")
		case fi.kind != kindMessage:
			return errValue(d.place("", -1), fi.proto, "Starting an object on a scalar field")
		}
		v := fi.msg.new()
		*(*unsafe.Pointer)(f) = v
		d.path = append(d.path, step{fi.proto, -1})
		if err := d.object(v, fi.msg); err != nil {
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

// list decodes the list at d.Pos (its '[') into f, the address of the slice
// of the repeated field fi.
func (d *decoder) list(f unsafe.Pointer, fi *jsonField, key string) error {
	d.Pos++
	d.WS()
	if d.Pos < len(d.In) && d.In[d.Pos] == ']' {
		d.Pos++
		return nil
	}
	base := len(d.elems)
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
			v := fi.msg.new()
			d.elems = append(d.elems, v)
			d.path = append(d.path, step{fi.proto, i})
			if err := d.object(v, fi.msg); err != nil {
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
			if err := d.setElem(f, fi, tok, key, i); err != nil {
				return err
			}
		}
		if more, err := d.next(']', jsonscan.ExpectListEnd); !more {
			if err != nil {
				return err
			}
			if fi.kind == kindMessage {
				*(*[]unsafe.Pointer)(f) = append([]unsafe.Pointer(nil), d.elems[base:]...)
				clear(d.elems[base:])
				d.elems = d.elems[:base]
			}
			return nil
		}
	}
}

// next reads, after a member of an object or an element of a list, the ','
// that says another follows (reporting true) or end, the byte that closes it
// (reporting false). Anything else is the error want.
func (d *decoder) next(end byte, want string) (bool, error) {
	d.WS()
	if d.Pos < len(d.In) {
		switch d.In[d.Pos] {
		case ',':
			d.Pos++
			d.WS()
			return true, nil
		case end:
			d.Pos++
			return false, nil
		}
	}
	return false, d.Fail(d.Pos, want)
}

// new returns a new, empty generated struct of mi.
func (mi *jsonMessage) new() unsafe.Pointer {
	return reflect.New(mi.goType).UnsafePointer()
}

// setElem appends the scalar tok, element index of the list of field fi, to
// the slice at f. The model's lists of scalars are of strings and enums
// (infos.message refuses others).
func (d *decoder) setElem(f unsafe.Pointer, fi *jsonField, tok jsonscan.Token, key string, index int) error {
	switch fi.kind {
	case kindString:
		var v string
		if err := d.set(unsafe.Pointer(&v), fi, tok, key, index); err != nil {
			return err
		}
		s := (*[]string)(f)
		*s = append(*s, v)
	case kindEnum:
		var v int32
		if err := d.set(unsafe.Pointer(&v), fi, tok, key, index); err != nil {
			return err
		}
		s := (*[]int32)(f)
		*s = append(*s, v)
	default: // kindMessage: no scalar is a message
		return d.set(nil, fi, tok, key, index)
	}
	return nil
}

// set stores the scalar tok, a value of field fi, at f. key is the member name
// in the input; index is the index of the value in its list, or -1.
func (d *decoder) set(f unsafe.Pointer, fi *jsonField, tok jsonscan.Token, key string, index int) error {
	switch fi.kind {
	case kindString:
		if tok.Kind == jsonscan.String {
			*(*string)(f) = tok.Str
			return nil
		}
	case kindBool:
		if tok.Kind == jsonscan.True || tok.Kind == jsonscan.False {
			*(*bool)(f) = tok.Kind == jsonscan.True
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
			*(*int32)(f) = n
			return nil
		}
	case kindEnum:
		switch tok.Kind {
		case jsonscan.String:
			if n, ok := fi.enum.numbers.find(tok.Str); ok {
				*(*int32)(f) = n
				return nil
			}
		case jsonscan.Number:
			if n, ok := jsonscan.Int32FromNumber(d.In[tok.Start:tok.End]); ok {
				*(*int32)(f) = n
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
		*(**timestamppb.Timestamp)(f) = &timestamppb.Timestamp{Seconds: secs, Nanos: nanos}
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
