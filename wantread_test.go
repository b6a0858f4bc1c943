// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/etag"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	"google.golang.org/protobuf/testing/protocmp"
)

// checkResponse checks that the response is the new stored person as a read
// of it with the request's personFields and sources answers it. The expected
// response is computed here from SPEC.md §7 with protoreflect, without
// mask.Project or respond; its person etag must be one the new stored person
// accepts as a token.
func checkResponse(tb testing.TB, req Request, res *Result) {
	tb.Helper()
	want := wantRead(res.Stored, req.PersonFields, req.Sources)
	got := proto.Clone(res.Response()).(*person.Person)
	tag := got.GetEtag()
	got.Etag = ""
	if d := cmp.Diff(want, got, protocmp.Transform()); d != "" {
		tb.Errorf("response differs from the SPEC §7 read of the new stored person (-want +got):\n%s", d)
	}
	if tag == "" || !etag.Matches(res.Stored, tag) {
		tb.Errorf("response etag %q is not a current etag of the new stored person", tag)
	}
}

// wantRead is the read of p with the raw personFields pf (empty: every
// field) and sources (empty: CONTACT and PROFILE), its etag left out: the
// resource name; of each masked field, copies of the items whose source the
// sources select, in order, with their empty messages pruned; of metadata,
// the sources selected and the other values as stored.
func wantRead(p *person.Person, pf string, sources []string) *person.Person {
	sel := map[string]bool{}
	if len(sources) == 0 {
		sources = []string{"READ_SOURCE_TYPE_CONTACT", "READ_SOURCE_TYPE_PROFILE"}
	}
	for _, s := range sources {
		sel[s] = true
	}
	masked := map[string]bool{}
	for seg := range strings.SplitSeq(pf, ",") {
		if f, ok := person.FieldByName(strings.Trim(seg, " \t\n\v\f\r")); ok {
			masked[f.ProtoName()] = true
		}
	}
	all := len(masked) == 0

	out := &person.Person{ResourceName: p.GetResourceName()}
	in, o := p.ProtoReflect(), out.ProtoReflect()
	fields := o.Descriptor().Fields()
	for i := range fields.Len() {
		fd := fields.Get(i)
		name := string(fd.Name())
		if name == "resource_name" || name == "etag" || !(all || masked[name]) {
			continue
		}
		if name == "metadata" {
			out.Metadata = wantMetadata(p.GetMetadata(), sel)
			continue
		}
		if !fd.IsList() || !in.Has(fd) {
			continue
		}
		src, dst := in.Get(fd).List(), o.Mutable(fd).List()
		for j := range src.Len() {
			it := src.Get(j).Message()
			if selectsItem(sel, it) {
				c := proto.Clone(it.Interface()).ProtoReflect()
				prune(c)
				dst.Append(protoreflect.ValueOfMessage(c))
			}
		}
		if dst.Len() == 0 {
			o.Clear(fd)
		}
	}
	return out
}

// wantMetadata is the metadata of a read: nil when nothing of it is left.
func wantMetadata(m *person.PersonMetadata, sel map[string]bool) *person.PersonMetadata {
	if m == nil {
		return nil
	}
	out := &person.PersonMetadata{
		Deleted:                   m.GetDeleted(),
		LinkedPeopleResourceNames: m.GetLinkedPeopleResourceNames(),
		ObjectType:                m.GetObjectType(),
		PreviousResourceNames:     m.GetPreviousResourceNames(),
	}
	for _, s := range m.GetSources() {
		if sel[readSourceOf(s.GetType())] {
			c := proto.Clone(s).(*person.Source)
			prune(c.ProtoReflect())
			out.Sources = append(out.Sources, c)
		}
	}
	if proto.Equal(out, &person.PersonMetadata{}) {
		return nil
	}
	return out
}

// readSourceOf is the ReadSourceType that selects data of source type t
// ("" for none).
func readSourceOf(t person.Source_Type) string {
	switch t {
	case person.Source_ACCOUNT, person.Source_PROFILE, person.Source_DOMAIN_PROFILE:
		return "READ_SOURCE_TYPE_PROFILE"
	case person.Source_CONTACT:
		return "READ_SOURCE_TYPE_CONTACT"
	case person.Source_DOMAIN_CONTACT:
		return "READ_SOURCE_TYPE_DOMAIN_CONTACT"
	case person.Source_OTHER_CONTACT:
		return "READ_SOURCE_TYPE_OTHER_CONTACT"
	}
	return ""
}

// selectsItem reports whether the sources select an item: one without a
// source (or with an empty one) is the contact's.
func selectsItem(sel map[string]bool, it protoreflect.Message) bool {
	md := it.Interface().(person.Item).GetMetadata()
	src := md.GetSource()
	if src == nil || (src.GetType() == person.Source_SOURCE_TYPE_UNSPECIFIED && src.GetId() == "") {
		return sel["READ_SOURCE_TYPE_CONTACT"]
	}
	return sel[readSourceOf(src.GetType())]
}

// prune clears, at any depth of m, the singular message fields that hold
// nothing once pruned; Timestamps are values and stay. It reports whether m
// is left empty.
func prune(m protoreflect.Message) bool {
	empty := true
	var clear []protoreflect.FieldDescriptor
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		switch {
		case fd.IsList() && fd.Message() != nil:
			for i := range v.List().Len() {
				prune(v.List().Get(i).Message())
			}
			empty = false
		case fd.Message() != nil && !fd.IsMap() && fd.Message().FullName() != "google.protobuf.Timestamp":
			if prune(v.Message()) {
				clear = append(clear, fd)
				return true
			}
			empty = false
		default:
			empty = false
		}
		return true
	})
	for _, fd := range clear {
		m.Clear(fd)
	}
	return empty
}
