// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

import (
	"iter"

	"google.golang.org/protobuf/proto"
)

// Item is one element of a repeated top-level Person field: a Name, an
// EmailAddress, a Membership, and so on. Every item message carries its own
// FieldMetadata. The item types implement it with generated methods
// (person_model.pb.go).
type Item interface {
	proto.Message
	GetMetadata() *FieldMetadata
	// SetMetadata replaces the item's metadata.
	SetMetadata(*FieldMetadata)
	// HasContent reports whether the item holds a value other than its
	// metadata and its output-only values ([IsOutputOnly]), a message value
	// counting when it holds such a value itself: a non-empty string, a
	// true boolean, a non-zero number or enum, a non-empty list. A nil item
	// holds none.
	HasContent() bool
}

// A Field names one of the 29 top-level Person fields that a personFields mask can
// select. The constants are in canonical order, the order of the mask path lists of
// the People API reference (alphabetical by JSON name), so iterating from 0 to
// NumFields-1 visits the fields in the order the API lists them.
//
// Every field but Metadata is a list of items; the methods that read or write items
// give FieldPersonMetadata no items.
type Field uint8

// The Field constants, NumFields and the field table (fields) are generated
// from the schema options of person.proto, in person_model.pb.go.

// fieldInfo is one row of the field table.
type fieldInfo struct {
	json      string
	proto     string
	updatable bool
	singleton bool
	ops       listOps // nil for Metadata
}

// byName maps both spellings of each field name to its Field.
var byName = func() map[string]Field {
	m := make(map[string]Field, 2*NumFields)
	for f := range Field(NumFields) {
		m[fields[f].json] = f
		m[fields[f].proto] = f
	}
	return m
}()

// FieldByName returns the field whose JSON name (emailAddresses) or proto name
// (email_addresses) is name. Names are case-sensitive.
func FieldByName(name string) (Field, bool) {
	f, ok := byName[name]
	return f, ok
}

// IsValid reports whether f is one of the 29 fields.
func (f Field) IsValid() bool { return int(f) < NumFields }

// String returns the field's JSON name, as a mask path spells it.
func (f Field) String() string {
	if !f.IsValid() {
		return "Field(invalid)"
	}
	return fields[f].json
}

// JSONName returns the lowerCamelCase name of the field (emailAddresses).
func (f Field) JSONName() string { return fields[f].json }

// ProtoName returns the snake_case name of the field (email_addresses), the
// spelling the API uses in error messages about request fields.
func (f Field) ProtoName() string { return fields[f].proto }

// Updatable reports whether the field is one of the 24 updatePersonFields paths.
func (f Field) Updatable() bool { return fields[f].updatable }

// Singleton reports whether a contact source may hold at most one item of the
// field (names, birthdays, biographies, genders).
func (f Field) Singleton() bool { return fields[f].singleton }

// Repeated reports whether the field is a list of items; only FieldPersonMetadata is not.
func (f Field) Repeated() bool { return fields[f].ops != nil }

// Len returns the number of items of the field in p. A nil p has none.
func (f Field) Len(p *Person) int {
	if ops := fields[f].ops; ops != nil {
		return ops.len(p)
	}
	return 0
}

// At returns item i of the field in p. It panics if i is out of range.
func (f Field) At(p *Person, i int) Item { return fields[f].ops.at(p, i) }

// Items iterates over the items of the field in p with their indexes.
func (f Field) Items(p *Person) iter.Seq2[int, Item] {
	return func(yield func(int, Item) bool) {
		for i, n := 0, f.Len(p); i < n; i++ {
			if !yield(i, f.At(p, i)) {
				return
			}
		}
	}
}

// Has reports whether the field is populated in p: it has items, or, for
// FieldPersonMetadata, p.Metadata is set.
func (f Field) Has(p *Person) bool {
	if f == FieldPersonMetadata {
		return p.GetMetadata() != nil
	}
	return f.Len(p) > 0
}

// Clear removes the field from p.
func (f Field) Clear(p *Person) {
	if ops := fields[f].ops; ops != nil {
		ops.clear(p)
		return
	}
	p.Metadata = nil
}

// Reset replaces the field's items in p by an empty list with room for n items,
// ready for Append.
func (f Field) Reset(p *Person, n int) { fields[f].ops.reset(p, n) }

// Append adds item to the end of the field's items in p. It panics if item is
// not of the field's item type, which is a programming error.
func (f Field) Append(p *Person, item Item) { fields[f].ops.append(p, item) }

// Truncate keeps only the first n items of the field in p.
func (f Field) Truncate(p *Person, n int) { fields[f].ops.truncate(p, n) }

// Set replaces item i of the field in p. It panics if item is not of the field's
// item type or i is out of range.
func (f Field) Set(p *Person, i int, item Item) { fields[f].ops.set(p, i, item) }

// NewItem returns a new, empty item of the field's type.
func (f Field) NewItem() Item { return fields[f].ops.newItem() }

// IsItem reports whether it is of the field's item type. No item is one of
// FieldPersonMetadata.
func (f Field) IsItem(it Item) bool {
	if !f.IsValid() || fields[f].ops == nil {
		return false
	}
	return fields[f].ops.isItem(it)
}

// listOps is the typed access to one repeated field, implemented once by list[T].
type listOps interface {
	len(*Person) int
	at(*Person, int) Item
	clear(*Person)
	reset(*Person, int)
	append(*Person, Item)
	truncate(*Person, int)
	set(*Person, int, Item)
	newItem() Item
	isItem(Item) bool
}

// list is the typed access to a repeated field whose items are of type T.
type list[T Item] struct {
	get func(*Person) []T
	put func(*Person, []T)
}

func (l list[T]) len(p *Person) int        { return len(l.get(p)) }
func (l list[T]) at(p *Person, i int) Item { return l.get(p)[i] }
func (l list[T]) clear(p *Person)          { l.put(p, nil) }
func (l list[T]) reset(p *Person, n int)   { l.put(p, make([]T, 0, n)) }
func (l list[T]) append(p *Person, it Item) {
	l.put(p, append(l.get(p), it.(T)))
}
func (l list[T]) truncate(p *Person, n int) {
	s := l.get(p)
	clear(s[n:])
	if n == 0 {
		s = nil
	} else {
		s = s[:n]
	}
	l.put(p, s)
}
func (l list[T]) set(p *Person, i int, it Item) { l.get(p)[i] = it.(T) }
func (l list[T]) isItem(it Item) bool {
	_, ok := it.(T)
	return ok
}
func (l list[T]) newItem() Item {
	var zero T
	return zero.ProtoReflect().New().Interface().(T)
}
