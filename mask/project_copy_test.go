// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask_test

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/internal/prototest"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/testing/protocmp"
)

// TestProjectCopiesEverything fills every field of a Person at every depth and
// checks that projecting it through all fields and all sources keeps exactly
// resourceName, etag and the 29 fields, and that the result shares no memory
// with the input: scribbling over every value of the result leaves the input
// as it was.
func TestProjectCopiesEverything(t *testing.T) {
	t.Parallel()
	p := &person.Person{}
	fill(p.ProtoReflect(), 6)
	all := mask.SourcesOf(mask.ReadSourceProfile, mask.ReadSourceContact, mask.ReadSourceDomainContact, mask.ReadSourceOtherContact)
	// fill gives every source the enum's second value, ACCOUNT, selected by PROFILE.
	before := proto.Clone(p).(*person.Person)

	got := mask.Project(p, mask.AllRead(), all)

	want := proto.Clone(p).(*person.Person)
	keep := map[protoreflect.Name]bool{"resource_name": true, "etag": true}
	for f := range person.AllFields.All() {
		keep[protoreflect.Name(f.ProtoName())] = true
	}
	fds := want.ProtoReflect().Descriptor().Fields()
	for i := range fds.Len() {
		if !keep[fds.Get(i).Name()] {
			want.ProtoReflect().Clear(fds.Get(i))
		}
	}
	if len(keep) != 31 {
		t.Fatalf("kept %d field names, want 31", len(keep))
	}
	if diff := cmp.Diff(want, got, protocmp.Transform()); diff != "" {
		t.Errorf("Project(everything) mismatch (-want +got):\n%s", diff)
	}

	prototest.Scribble(got.ProtoReflect())
	if diff := cmp.Diff(before, p, protocmp.Transform()); diff != "" {
		t.Errorf("writing to Project's result changed its input (-before +after):\n%s", diff)
	}
	if cmp.Equal(want, got, protocmp.Transform()) {
		t.Error("scribble changed nothing; the test proves nothing")
	}
}

// fill sets every field of m, down to depth levels of messages: strings to a
// value naming the field, numbers to 7, booleans to true, enums to their second
// value, lists to two elements.
func fill(m protoreflect.Message, depth int) {
	fds := m.Descriptor().Fields()
	for i := range fds.Len() {
		fd := fds.Get(i)
		switch {
		case fd.IsList():
			l := m.Mutable(fd).List()
			for range 2 {
				if fd.Message() != nil {
					e := l.NewElement()
					fill(e.Message(), depth-1)
					l.Append(e)
				} else {
					l.Append(scalar(fd, "x"))
				}
			}
		case fd.Message() != nil:
			if depth > 0 {
				fill(m.Mutable(fd).Message(), depth-1)
			}
		default:
			m.Set(fd, scalar(fd, "x"))
		}
	}
}

// scalar returns a non-zero value for the scalar field fd; a different tag gives
// a different value.
func scalar(fd protoreflect.FieldDescriptor, tag string) protoreflect.Value {
	switch fd.Kind() {
	case protoreflect.StringKind:
		return protoreflect.ValueOfString(string(fd.Name()) + "-" + tag)
	case protoreflect.BoolKind:
		return protoreflect.ValueOfBool(tag == "x")
	case protoreflect.EnumKind:
		if tag == "x" {
			return protoreflect.ValueOfEnum(fd.Enum().Values().Get(1).Number())
		}
		return protoreflect.ValueOfEnum(fd.Enum().Values().Get(2 % fd.Enum().Values().Len()).Number())
	case protoreflect.Int32Kind, protoreflect.Sint32Kind, protoreflect.Sfixed32Kind:
		if tag == "x" {
			return protoreflect.ValueOfInt32(7)
		}
		return protoreflect.ValueOfInt32(8)
	case protoreflect.Int64Kind, protoreflect.Sint64Kind, protoreflect.Sfixed64Kind:
		if tag == "x" {
			return protoreflect.ValueOfInt64(7)
		}
		return protoreflect.ValueOfInt64(8)
	}
	panic("scalar: unhandled kind " + fd.Kind().String())
}

// TestProjectMatchesReflectiveRule holds Project to the rule of its doc
// comment written with reflection (reflectProject, below) on persons filled at
// random: values and empty messages at every depth, unknown fields, nil items,
// with every read mask of one field, all fields, and every sources set.
func TestProjectMatchesReflectiveRule(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 200 {
		p := &person.Person{}
		fillRandom(rng, p.ProtoReflect(), 4)
		for f := range person.AllFields.All() {
			if f.Repeated() && f.Len(p) > 0 && rng.IntN(4) == 0 {
				f.Set(p, rng.IntN(f.Len(p)), f.NewItem().ProtoReflect().Type().Zero().Interface().(person.Item))
			}
		}
		for _, r := range []mask.Read{mask.AllRead(), mask.ReadOf(person.FieldSetOf(person.Field(n % person.NumFields)))} {
			s := mask.Sources(rng.IntN(16) << 1)
			want, got := reflectProject(p, r, s), mask.Project(p, r, s)
			if diff := cmp.Diff(want, got, protocmp.Transform()); diff != "" {
				t.Fatalf("person %d, Project(%v, %v) mismatch (-want +got):\n%s", n, r, s, diff)
			}
		}
	}
}

// fillRandom sets about half the fields of m at random, down to depth levels
// of messages, a message field sometimes to an empty message, and sometimes
// adds unknown fields.
func fillRandom(rng *rand.Rand, m protoreflect.Message, depth int) {
	fds := m.Descriptor().Fields()
	for i := range fds.Len() {
		fd := fds.Get(i)
		if rng.IntN(2) == 0 {
			continue
		}
		switch {
		case fd.IsList():
			l := m.Mutable(fd).List()
			for range 1 + rng.IntN(3) {
				if fd.Message() != nil {
					e := l.NewElement()
					if depth > 0 {
						fillRandom(rng, e.Message(), depth-1)
					}
					l.Append(e)
				} else {
					l.Append(scalar(fd, "x"))
				}
			}
		case fd.Message() != nil:
			sub := m.Mutable(fd).Message()
			if depth > 0 && rng.IntN(3) > 0 {
				fillRandom(rng, sub, depth-1)
			}
		default:
			m.Set(fd, scalar(fd, []string{"x", "y"}[rng.IntN(2)]))
		}
	}
	if rng.IntN(8) == 0 {
		m.SetUnknown(protoreflect.RawFields{0xf8, 0x0f, 0x01}) // field 255, varint 1
	}
}

// reflectProject is Project as its doc comment states it, with reflection:
// copy each kept item and each kept source with proto.Clone, then remove
// every empty message field at any depth.
func reflectProject(p *person.Person, r mask.Read, s mask.Sources) *person.Person {
	out := &person.Person{ResourceName: p.GetResourceName(), Etag: p.GetEtag()}
	for f := range r.All() {
		if f == person.FieldPersonMetadata {
			m := p.GetMetadata()
			if m == nil {
				continue
			}
			pm := &person.PersonMetadata{
				Deleted:                   m.GetDeleted(),
				LinkedPeopleResourceNames: m.GetLinkedPeopleResourceNames(),
				ObjectType:                m.GetObjectType(),
				PreviousResourceNames:     m.GetPreviousResourceNames(),
			}
			for _, src := range m.GetSources() {
				if s.Selects(src.GetType()) {
					c := proto.Clone(src)
					reflectPrune(c.ProtoReflect())
					pm.Sources = append(pm.Sources, c.(*person.Source))
				}
			}
			if proto.Size(pm) > 0 {
				out.Metadata = pm
			}
			continue
		}
		for _, it := range f.Items(p) {
			if it.ProtoReflect().IsValid() && s.SelectsItem(it) {
				c := proto.Clone(it).(person.Item)
				reflectPrune(c.ProtoReflect())
				f.Append(out, c)
			}
		}
	}
	return out
}

// reflectPrune removes, depth first, every singular message field of m, but
// those of the google.protobuf package, that holds a message encoding to
// nothing once pruned itself. Elements of lists are pruned, never removed.
func reflectPrune(m protoreflect.Message) {
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		if fd.Message() == nil || fd.Message().ParentFile().Package() == "google.protobuf" {
			return true
		}
		if fd.IsList() {
			for i := range v.List().Len() {
				reflectPrune(v.List().Get(i).Message())
			}
			return true
		}
		reflectPrune(v.Message())
		if proto.Size(v.Message().Interface()) == 0 {
			m.Clear(fd)
		}
		return true
	})
}
