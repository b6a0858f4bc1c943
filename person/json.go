// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

import (
	"fmt"
	"reflect"
	"strings"
	"sync"

	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// Marshal returns the JSON encoding of p as the People API writes a Person:
// lowerCamelCase names, fields in the model's declaration order, empty values
// left out (proto3: zero scalars, enums at their zero value, empty lists and unset
// messages; a set but empty message is written as {}), enums by name, Dates as
// objects, int32 values as numbers and timestamps in RFC 3339 UTC with 0, 3, 6
// or 9 fractional digits. Strings are escaped the way Google's front end does:
// besides the quote, the backslash and control characters, the characters
// & ' < = > and DEL, and the invisible ones (C1 controls, the soft hyphen, U+200B
// to U+200F, U+2028 to U+202E, U+FEFF, ...) are written as \u escapes.
//
// The output is compact and the same bytes for equal persons. A nil p encodes
// as {}. Marshal fails only on values no JSON can hold: a string that is not
// valid UTF-8 or a timestamp outside years 1 to 9999.
func Marshal(p *Person) ([]byte, error) {
	e := encoder{b: make([]byte, 0, 1024)}
	if err := e.person(p); err != nil {
		return nil, err
	}
	return e.b, nil
}

// MarshalIndent is like [Marshal] but writes one field or list item per line,
// indented by two spaces per level with a space after each colon, and ends with
// a newline: the layout of the API's own (pretty-printed) responses.
func MarshalIndent(p *Person) ([]byte, error) {
	e := encoder{b: make([]byte, 0, 2048), indent: true}
	if err := e.person(p); err != nil {
		return nil, err
	}
	return append(e.b, '\n'), nil
}

// Unmarshal decodes a Person from a request body, following the rules of
// Google's front end for JSON bodies ([SPEC §1], §3 step 3):
//
//   - Field names may be lowerCamelCase (emailAddresses) or the proto names
//     (email_addresses); the same field twice, under either spelling, is an
//     error, as is a name the schema lacks.
//   - null means absent, for any field; null inside a list is an error.
//   - An int32 is a JSON number with an integral value (1986, 1986.0, 1.986e3)
//     or a string holding a decimal integer ("1986"); out of range is an error.
//   - An enum is its value's name or a JSON number (unknown numbers are kept,
//     as proto3 open enums are).
//   - A timestamp is an RFC 3339 string, with Z or an offset, and up to nine
//     fractional digits; it is stored as UTC.
//   - Output-only fields are decoded like any other: dropping them is the
//     merge's business.
//   - An empty body, only white space, or null decodes to an empty Person.
//
// Every error is an [*github.com/peopleupdate/peopleupdate/apierror.Error]
// naming the first problem in document order, with the place of the value in
// proto names rooted at person, in the words of Google's front end:
// UnknownBodyField for an unknown name; InvalidBodyValue for a value of the
// wrong type; MalformedJSON for a body that is not JSON (quoting the input
// around the error), for a list where no list may be, and for a field given
// twice. The error carries the request field at fault (its Field method). Decoding takes time linear in len(b) and never
// recurses deeper than the schema.
//
// Unmarshal does not keep b; the strings of the person it returns share one
// copy of it.
//
// Unmarshal is UnmarshalOptions{}.Unmarshal: the places of its errors are
// rooted at person, the body field of people.updateContact.
//
// [SPEC §1]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#1-inputs
func Unmarshal(b []byte) (*Person, error) { return UnmarshalOptions{}.Unmarshal(b) }

// UnmarshalOptions configures the decoding of a Person body. The zero value
// decodes as [Unmarshal] does.
type UnmarshalOptions struct {
	// Root is the place of the Person in the request, in proto names, that
	// the places of errors start with: "" means "person" (the body of
	// people.updateContact and people.createContact). With Root
	// "contacts[0].contact_person" (people.batchCreateContacts) an unknown
	// name reads Unknown name "x" at 'contacts[0].contact_person.names[0]'.
	Root string
}

// Unmarshal decodes a Person from b with the rules of [Unmarshal], the places
// of its errors rooted at o.Root.
func (o UnmarshalOptions) Unmarshal(b []byte) (*Person, error) {
	root := o.Root
	if root == "" {
		root = rootName
	}
	p := new(Person)
	if err := decodePerson(b, p, root); err != nil {
		return nil, err
	}
	return p, nil
}

// apiPackage is the proto package of the People API's messages, used in the type
// URLs of error messages (type.googleapis.com/google.people.v1.Name).
const apiPackage = "google.people.v1"

// timestampURL is the type URL Google's front end names Timestamp values by.
const timestampURL = "type.googleapis.com/google.protobuf.Timestamp"

// valueKind is the JSON shape of a field's values.
type valueKind uint8

const (
	kindString valueKind = iota
	kindBool
	kindInt32
	kindEnum
	kindMessage
	kindTimestamp
)

// jsonMessage describes one message of the model for the codec.
type jsonMessage struct {
	desc   protoreflect.MessageDescriptor
	goType reflect.Type          // the generated struct
	fields []jsonField           // in declaration order, the order of the output
	byName map[string]*jsonField // by JSON name and by proto name
	names  nameTable             // byName as indexes in fields, for the decoder
}

// jsonField describes one field of a message for the codec.
type jsonField struct {
	fd    protoreflect.FieldDescriptor
	bit   uint64 // 1 << field index, for the set of fields seen in one object
	json  string // lowerCamelCase name
	proto string // snake_case name, the spelling of error places
	key   string // `"json":`, ready to append
	kind  valueKind
	list  bool
	msg   *jsonMessage // kind == kindMessage
	enum  *jsonEnum    // kind == kindEnum
	typ   string       // the value type as error messages name it
	index int          // the index of the field in the generated struct
	// offset is the offset of the field in the generated struct, where the
	// decoder stores its value through an unsafe.Pointer (see decode.go).
	// message checks that the Go type of the field is the one the decoder
	// writes for kind and list.
	offset uintptr
}

// jsonEnum describes one enum of the model for the codec.
type jsonEnum struct {
	desc    protoreflect.EnumDescriptor
	byName  map[string]protoreflect.EnumNumber
	numbers nameTable // byName, for the decoder
	names   []string  // quoted names by number, for the dense enums of the model
}

// appendValue appends the JSON form of enum value n: its quoted name, or the
// number for a value the enum does not declare.
func (ei *jsonEnum) appendValue(b []byte, n protoreflect.EnumNumber) []byte {
	if n >= 0 && int(n) < len(ei.names) {
		return append(b, ei.names[n]...)
	}
	if v := ei.desc.Values().ByNumber(n); v != nil {
		return append(append(append(b, '"'), v.Name()...), '"')
	}
	return fmt.Appendf(b, "%d", int32(n))
}

// personInfo returns the codec's description of Person, built from the
// generated descriptors on first use (they are not ready while package
// variables are initialised).
var personInfo = sync.OnceValue(func() *jsonMessage {
	return newInfos().message((*Person)(nil).ProtoReflect().Descriptor(), reflect.TypeFor[Person]())
})

// infos builds and caches jsonMessage and jsonEnum values, one per descriptor.
type infos struct {
	msgs  map[protoreflect.FullName]*jsonMessage
	enums map[protoreflect.FullName]*jsonEnum
}

func newInfos() *infos {
	return &infos{
		msgs:  make(map[protoreflect.FullName]*jsonMessage),
		enums: make(map[protoreflect.FullName]*jsonEnum),
	}
}

// message returns the jsonMessage of md, whose generated struct is goType. It
// panics on a field the codec does not handle (a map, a oneof, a kind the model
// does not use), which would be a change of person.proto the codec must follow.
func (in *infos) message(md protoreflect.MessageDescriptor, goType reflect.Type) *jsonMessage {
	if mi, ok := in.msgs[md.FullName()]; ok {
		return mi
	}
	fds := md.Fields()
	if fds.Len() > 64 {
		panic(fmt.Sprintf("person: message %s has more than 64 fields", md.FullName()))
	}
	mi := &jsonMessage{
		desc:   md,
		goType: goType,
		fields: make([]jsonField, fds.Len()),
		byName: make(map[string]*jsonField, 2*fds.Len()),
	}
	in.msgs[md.FullName()] = mi
	goFields := structFields(goType)
	for i := range fds.Len() {
		fd := fds.Get(i)
		index, ok := goFields[string(fd.Name())]
		if !ok || fd.IsMap() || fd.ContainingOneof() != nil {
			panic(fmt.Sprintf("person: field %s is not a plain field of %v", fd.FullName(), goType))
		}
		fi := &mi.fields[i]
		*fi = jsonField{
			fd:    fd,
			bit:   1 << i,
			json:  fd.JSONName(),
			proto: string(fd.Name()),
			key:   `"` + fd.JSONName() + `":`,
			list:  fd.IsList(),
			index: index,
		}
		sf := goType.Field(index)
		fi.offset = sf.Offset
		switch fd.Kind() {
		case protoreflect.StringKind:
			fi.kind, fi.typ = kindString, "TYPE_STRING"
		case protoreflect.BoolKind:
			fi.kind, fi.typ = kindBool, "TYPE_BOOL"
		case protoreflect.Int32Kind:
			fi.kind, fi.typ = kindInt32, "TYPE_INT32"
		case protoreflect.EnumKind:
			fi.kind, fi.enum, fi.typ = kindEnum, in.enum(fd.Enum()), typeURL(fd.Enum().FullName())
		case protoreflect.MessageKind:
			if fd.Message().FullName() == (*timestamppb.Timestamp)(nil).ProtoReflect().Descriptor().FullName() {
				fi.kind, fi.typ = kindTimestamp, timestampURL
				break
			}
			t := goType.Field(index).Type // *M or []*M
			if fi.list {
				t = t.Elem()
			}
			fi.kind, fi.msg, fi.typ = kindMessage, in.message(fd.Message(), t.Elem()), typeURL(fd.Message().FullName())
		default:
			panic(fmt.Sprintf("person: field %s has kind %v, which the codec does not handle", fd.FullName(), fd.Kind()))
		}
		if fi.list && fi.kind != kindMessage && fi.kind != kindString && fi.kind != kindEnum {
			panic(fmt.Sprintf("person: field %s is a list of %v, which the decoder does not handle", fd.FullName(), fd.Kind()))
		}
		if want := goTypeOf(fi); sf.Type.Kind() != want.Kind() || (want.Kind() == reflect.Slice || want.Kind() == reflect.Pointer) &&
			sf.Type.Elem().Kind() != want.Elem().Kind() {
			panic(fmt.Sprintf("person: field %s is a %v in %v, the decoder writes a %v", fd.FullName(), sf.Type, goType, want))
		}
		for _, name := range []string{fi.json, fi.proto} {
			if other := mi.byName[name]; other != nil && other != fi {
				panic(fmt.Sprintf("person: %s and %s are both named %q", other.fd.FullName(), fd.FullName(), name))
			}
			mi.byName[name] = fi
		}
	}
	names := make(map[string]int32, len(mi.byName))
	for i := range mi.fields {
		names[mi.fields[i].json] = int32(i)
		names[mi.fields[i].proto] = int32(i)
	}
	mi.names = newNameTable(names)
	return mi
}

// goTypeOf returns the Go type the decoder writes for the values of fi
// (through unsafe pointers, so it must have the layout of the field): only
// its kind, and the kind of its element, have to match the generated field.
func goTypeOf(fi *jsonField) reflect.Type {
	var t reflect.Type
	switch fi.kind {
	case kindString:
		t = reflect.TypeFor[string]()
	case kindBool:
		t = reflect.TypeFor[bool]()
	case kindInt32, kindEnum:
		t = reflect.TypeFor[int32]()
	default: // kindMessage, kindTimestamp
		t = reflect.TypeFor[*struct{}]()
	}
	if fi.list {
		t = reflect.SliceOf(t)
	}
	return t
}

// structFields maps the proto names of the fields of a generated struct to
// their indexes, read from the struct tags (protobuf:"bytes,1,rep,name=addresses,...").
func structFields(t reflect.Type) map[string]int {
	m := make(map[string]int, t.NumField())
	for i := range t.NumField() {
		for part := range strings.SplitSeq(t.Field(i).Tag.Get("protobuf"), ",") {
			if name, ok := strings.CutPrefix(part, "name="); ok {
				m[name] = i
			}
		}
	}
	return m
}

// enum returns the jsonEnum of ed.
func (in *infos) enum(ed protoreflect.EnumDescriptor) *jsonEnum {
	if ei, ok := in.enums[ed.FullName()]; ok {
		return ei
	}
	vals := ed.Values()
	ei := &jsonEnum{desc: ed, byName: make(map[string]protoreflect.EnumNumber, vals.Len())}
	dense := true
	numbers := make(map[string]int32, vals.Len())
	for i := range vals.Len() {
		v := vals.Get(i)
		ei.byName[string(v.Name())] = v.Number()
		numbers[string(v.Name())] = int32(v.Number())
		dense = dense && v.Number() == protoreflect.EnumNumber(i)
	}
	ei.numbers = newNameTable(numbers)
	if dense {
		ei.names = make([]string, vals.Len())
		for i := range vals.Len() {
			ei.names[i] = `"` + string(vals.Get(i).Name()) + `"`
		}
	}
	in.enums[ed.FullName()] = ei
	return ei
}

// typeURL returns the type URL Google's front end names a message or enum type
// of the model by in error messages: the model's package is replaced by the
// API's, so peopleupdate.person.Source.Type becomes
// type.googleapis.com/google.people.v1.Source.Type.
func typeURL(name protoreflect.FullName) string {
	pkg := (*Person)(nil).ProtoReflect().Descriptor().ParentFile().Package()
	rel := string(name)
	if len(rel) > len(pkg) && rel[:len(pkg)] == string(pkg) && rel[len(pkg)] == '.' {
		rel = apiPackage + rel[len(pkg):]
	}
	return "type.googleapis.com/" + rel
}
