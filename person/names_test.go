// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"google.golang.org/protobuf/reflect/protoreflect"
)

// allInfos returns the jsonMessage of every message reachable from Person, and
// the jsonEnum of every enum their fields use.
func allInfos() ([]*jsonMessage, []*jsonEnum) {
	var msgs []*jsonMessage
	var enums []*jsonEnum
	seen := map[any]bool{}
	var visit func(mi *jsonMessage)
	visit = func(mi *jsonMessage) {
		if seen[mi] {
			return
		}
		seen[mi] = true
		msgs = append(msgs, mi)
		for i := range mi.fields {
			fi := &mi.fields[i]
			if fi.enum != nil && !seen[fi.enum] {
				seen[fi.enum] = true
				enums = append(enums, fi.enum)
			}
			if fi.msg != nil {
				visit(fi.msg)
			}
		}
	}
	visit(personInfo())
	return msgs, enums
}

// misses returns strings near name that no table holds: other cases, a byte
// more or less, a byte changed.
func misses(name string) []string {
	out := []string{"", strings.ToUpper(name), name + "x", name[:len(name)-1], "x" + name, name + name}
	for _, i := range []int{0, len(name) / 2, len(name) - 1} {
		b := []byte(name)
		b[i] ^= 0x20
		out = append(out, string(b))
	}
	return out
}

func TestNameTableFields(t *testing.T) {
	msgs, _ := allInfos()
	if len(msgs) != 42 { // the 42 schemas of the discovery document
		t.Errorf("%d messages, want 42", len(msgs))
	}
	for _, mi := range msgs {
		for name, want := range mi.byName {
			i, ok := mi.names.find(name)
			if !ok || &mi.fields[i] != want {
				t.Errorf("%s: find(%q) = %d, %v; want field %s", mi.desc.FullName(), name, i, ok, want.fd.Name())
			}
			for _, miss := range misses(name) {
				if _, inMap := mi.byName[miss]; inMap {
					continue
				}
				if i, ok := mi.names.find(miss); ok {
					t.Errorf("%s: find(%q) = %d, true; want false", mi.desc.FullName(), miss, i)
				}
			}
		}
		if n := 2 * len(mi.byName); len(mi.names.slots) < n {
			t.Errorf("%s: %d slots for %d names", mi.desc.FullName(), len(mi.names.slots), len(mi.byName))
		}
	}
}

func TestNameTableEnums(t *testing.T) {
	_, enums := allInfos()
	if len(enums) == 0 {
		t.Fatal("no enums")
	}
	for _, ei := range enums {
		for name, want := range ei.byName {
			n, ok := ei.numbers.find(name)
			if !ok || protoreflect.EnumNumber(n) != want {
				t.Errorf("%s: find(%q) = %d, %v; want %d", ei.desc.FullName(), name, n, ok, want)
			}
			for _, miss := range misses(name) {
				if _, inMap := ei.byName[miss]; inMap {
					continue
				}
				if n, ok := ei.numbers.find(miss); ok {
					t.Errorf("%s: find(%q) = %d, true; want false", ei.desc.FullName(), miss, n)
				}
			}
		}
	}
}

// TestNameTableCollisions checks a table whose names share their length and
// the bytes the hash reads, so that every look-up probes past the others.
func TestNameTableCollisions(t *testing.T) {
	names := map[string]int32{"aXbYc": 1, "aYbXc": 2, "aZbZc": 3, "aQbQc": 4, "a": 5, "b": 6}
	tab := newNameTable(names)
	for name, want := range names {
		if got, ok := tab.find(name); !ok || got != want {
			t.Errorf("find(%q) = %d, %v; want %d, true", name, got, ok, want)
		}
	}
	for _, miss := range []string{"aWbWc", "abc", "", "c", "aXbYcc"} {
		if got, ok := tab.find(miss); ok {
			t.Errorf("find(%q) = %d, true; want false", miss, got)
		}
	}
	if got, ok := (&nameTable{}).find("x"); ok {
		t.Errorf("empty table: find(\"x\") = %d, true; want false", got)
	}
}

// TestFieldOffsets checks that the offset the decoder writes each field at is
// the field's address in a new struct of the message's type, and that
// jsonMessage.new makes a zero struct of it.
func TestFieldOffsets(t *testing.T) {
	msgs, _ := allInfos()
	for _, mi := range msgs {
		p := mi.new()
		v := reflect.NewAt(mi.goType, p).Elem()
		if !v.IsZero() {
			t.Errorf("%s: new() is not zero", mi.desc.FullName())
		}
		for i := range mi.fields {
			fi := &mi.fields[i]
			if got, want := unsafe.Add(p, fi.offset), v.Field(fi.index).Addr().UnsafePointer(); got != want {
				t.Errorf("%s: offset %d, want the address of field %d", fi.fd.FullName(), fi.offset, fi.index)
			}
		}
	}
}
