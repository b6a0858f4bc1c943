// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/testing/protocmp"

	"github.com/peopleupdate/peopleupdate/internal/cputime"
	"github.com/peopleupdate/peopleupdate/person"
)

// populate sets every field of m, recursively, to a non-zero value derived from
// seed, with two items in every list, so that a copy that misses a field fails.
func populate(m protoreflect.Message, seed *int, depth int) {
	fields := m.Descriptor().Fields()
	for i := 0; i < fields.Len(); i++ {
		fd := fields.Get(i)
		if fd.IsList() {
			l := m.Mutable(fd).List()
			for range 2 {
				if fd.Kind() == protoreflect.MessageKind {
					e := l.NewElement()
					populate(e.Message(), seed, depth+1)
					l.Append(e)
				} else {
					l.Append(scalar(fd, seed))
				}
			}
			continue
		}
		if fd.Kind() == protoreflect.MessageKind {
			if depth < 4 {
				populate(m.Mutable(fd).Message(), seed, depth+1)
			}
			continue
		}
		m.Set(fd, scalar(fd, seed))
	}
}

func scalar(fd protoreflect.FieldDescriptor, seed *int) protoreflect.Value {
	*seed++
	switch fd.Kind() {
	case protoreflect.StringKind:
		return protoreflect.ValueOfString(fmt.Sprintf("%s-%d", fd.Name(), *seed))
	case protoreflect.BoolKind:
		return protoreflect.ValueOfBool(true)
	case protoreflect.Int32Kind:
		return protoreflect.ValueOfInt32(int32(*seed))
	case protoreflect.Int64Kind:
		return protoreflect.ValueOfInt64(int64(*seed))
	case protoreflect.EnumKind:
		vals := fd.Enum().Values()
		return protoreflect.ValueOfEnum(vals.Get(1 + *seed%(vals.Len()-1)).Number())
	}
	panic(fmt.Sprintf("populate: unexpected kind %v of %s", fd.Kind(), fd.FullName()))
}

// fullPerson returns a Person with every field of every message set.
func fullPerson() *person.Person {
	p := &person.Person{}
	seed := 0
	populate(p.ProtoReflect(), &seed, 0)
	return p
}

func TestCloneCopiesEveryField(t *testing.T) {
	p := fullPerson()
	got := p.Clone()
	if diff := cmp.Diff(p, got, protocmp.Transform()); diff != "" {
		t.Fatalf("Clone() mismatch (-want +got):\n%s", diff)
	}
	// The copy shares no memory: scribbling over every field of the original
	// leaves the copy as it was.
	want := proto.Clone(got)
	seed := 1000
	populate(p.ProtoReflect(), &seed, 0)
	if diff := cmp.Diff(want, got, protocmp.Transform()); diff != "" {
		t.Fatalf("Clone() shares memory with its input (-want +got):\n%s", diff)
	}
}

func TestCloneNilAndEmpty(t *testing.T) {
	var p *person.Person
	if got := p.Clone(); got != nil {
		t.Errorf("(*Person)(nil).Clone() = %v, want nil", got)
	}
	empty := &person.Person{Names: []*person.Name{}}
	got := empty.Clone()
	if got.Names == nil || len(got.Names) != 0 {
		t.Errorf("Clone of an empty, non-nil list = %#v, want an empty non-nil list", got.Names)
	}
	withNil := &person.Person{Names: []*person.Name{nil, {GivenName: "Ada"}}}
	got = withNil.Clone()
	if got.Names[0] != nil || got.Names[1].GetGivenName() != "Ada" {
		t.Errorf("Clone of a list holding nil = %v, want [nil, {givenName: Ada}]", got.Names)
	}
}

func BenchmarkClone(b *testing.B) {
	p := fullPerson()
	b.Run("typed", func(b *testing.B) {
		cputime.Report(b)
		for b.Loop() {
			_ = p.Clone()
		}
	})
	b.Run("proto.Clone", func(b *testing.B) {
		cputime.Report(b)
		for b.Loop() {
			_ = proto.Clone(p)
		}
	})
}
