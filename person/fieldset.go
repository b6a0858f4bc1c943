// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

import (
	"iter"
	"math/bits"
	"strings"
)

// A FieldSet is a set of Fields: a bit set, so it is a small value that is
// compared with == and copied for free. The zero FieldSet is empty.
type FieldSet uint32

// AllFields is the set of all 29 readable fields.
const AllFields = FieldSet(1<<NumFields - 1)

// UpdatableFields is the set of the 24 fields an updatePersonFields mask may name.
var UpdatableFields = func() FieldSet {
	var s FieldSet
	for f := range Field(NumFields) {
		if f.Updatable() {
			s = s.With(f)
		}
	}
	return s
}()

// FieldSetOf returns the set of the given fields.
func FieldSetOf(fs ...Field) FieldSet {
	var s FieldSet
	for _, f := range fs {
		s = s.With(f)
	}
	return s
}

// Has reports whether f is in s.
func (s FieldSet) Has(f Field) bool { return f.IsValid() && s&(1<<f) != 0 }

// With returns s with f added.
func (s FieldSet) With(f Field) FieldSet { return s | 1<<f }

// Without returns s with f removed.
func (s FieldSet) Without(f Field) FieldSet { return s &^ (1 << f) }

// Len returns the number of fields in s.
func (s FieldSet) Len() int { return bits.OnesCount32(uint32(s & AllFields)) }

// IsEmpty reports whether s holds no field.
func (s FieldSet) IsEmpty() bool { return s&AllFields == 0 }

// All iterates over the fields of s in canonical order.
func (s FieldSet) All() iter.Seq[Field] {
	return func(yield func(Field) bool) {
		for v := uint32(s & AllFields); v != 0; v &= v - 1 {
			if !yield(Field(bits.TrailingZeros32(v))) {
				return
			}
		}
	}
}

// String returns the JSON names of the fields of s in canonical order, joined by
// commas: the canonical form of a mask holding them.
func (s FieldSet) String() string {
	var b strings.Builder
	for f := range s.All() {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(f.JSONName())
	}
	return b.String()
}
