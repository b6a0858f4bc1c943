// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"testing"

	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// This file holds the definition of an item's content that Empty implements
// with typed code, written over the descriptors: every field of the item but
// its metadata and the output-only values, a message field counting when it
// holds content itself. The tests hold Empty to it, for every field of every
// item type, so that a field added to the schema cannot be forgotten.

// isOutputOnly reports whether fd is a value the server computes
// ([person.IsOutputOnly], the output_only option of person.proto).
func isOutputOnly(fd protoreflect.FieldDescriptor) bool { return person.IsOutputOnly(fd) }

// hasContent reports whether m, a message of an item (item set) or inside
// one, holds a value in a field that counts as content.
func hasContent(m protoreflect.Message, item bool) bool {
	fds := m.Descriptor().Fields()
	for i := range fds.Len() {
		fd := fds.Get(i)
		if isOutputOnly(fd) || (item && fd.Name() == "metadata") || !m.Has(fd) {
			continue
		}
		if fd.Message() == nil || fd.IsList() || hasContent(m.Get(fd).Message(), false) {
			return true
		}
	}
	return false
}

// leaves returns, for message descriptor md, every way to set one leaf value:
// a path of fields ending at a scalar, a list or a message of another package
// (a Timestamp), through the singular messages of this one.
func leaves(md protoreflect.MessageDescriptor) [][]protoreflect.FieldDescriptor {
	var out [][]protoreflect.FieldDescriptor
	fds := md.Fields()
	for i := range fds.Len() {
		fd := fds.Get(i)
		if fd.Message() != nil && !fd.IsList() && fd.Message().ParentFile().Package() != "google.protobuf" {
			out = append(out, []protoreflect.FieldDescriptor{fd}) // the message, empty
			for _, sub := range leaves(fd.Message()) {
				out = append(out, append([]protoreflect.FieldDescriptor{fd}, sub...))
			}
			continue
		}
		out = append(out, []protoreflect.FieldDescriptor{fd})
	}
	return out
}

// setPath sets the leaf at the end of path in m, creating the messages on
// the way.
func setPath(m protoreflect.Message, path []protoreflect.FieldDescriptor) {
	for _, fd := range path[:len(path)-1] {
		m = m.Mutable(fd).Message()
	}
	setSome(m, path[len(path)-1])
}

// TestEmptyMatchesContentRule holds Empty to hasContent for every item type:
// with nothing set, with each leaf value alone (through every message field),
// with each pair of leaves, and for a nil item.
func TestEmptyMatchesContentRule(t *testing.T) {
	t.Parallel()
	for f := range person.Field(person.NumFields) {
		if !f.Repeated() {
			continue
		}
		md := f.NewItem().ProtoReflect().Descriptor()
		paths := leaves(md)
		check := func(it person.Item, what string) {
			t.Helper()
			want := !hasContent(it.ProtoReflect(), true)
			if got := Empty(f, it); got != want {
				t.Errorf("Empty(%v, %s) = %v, want %v", f, what, got, want)
			}
		}
		check(f.NewItem(), "{}")
		nilItem := f.NewItem().ProtoReflect().Type().Zero().Interface().(person.Item)
		check(nilItem, "nil")
		for i, p := range paths {
			it := f.NewItem()
			setPath(it.ProtoReflect(), p)
			check(it, pathName(p))
			for _, q := range paths[i+1:] {
				it := f.NewItem()
				setPath(it.ProtoReflect(), p)
				setPath(it.ProtoReflect(), q)
				check(it, pathName(p)+"+"+pathName(q))
			}
		}
	}
}

// pathName spells a path of fields with dots.
func pathName(path []protoreflect.FieldDescriptor) string {
	s := ""
	for i, fd := range path {
		if i > 0 {
			s += "."
		}
		s += string(fd.Name())
	}
	return s
}
