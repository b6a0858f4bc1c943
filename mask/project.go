// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask

import (
	"slices"

	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// Project returns the view of p that a response under the read mask r and the
// read sources s shows (SPEC §7). It is a new Person that shares no memory with
// p, which is left untouched; a nil p gives nil.
//
//   - resourceName and etag are copied as they are on p (the caller sets the
//     response etag).
//   - Of the 29 readable fields, only those in r are kept, and of their items
//     only those [Sources.SelectsItem] selects, in p's order. An item with no
//     source counts as a contact item. Every other Person field (the deprecated
//     ones such as residences or taglines) is left out.
//   - metadata is kept only when r holds [person.FieldPersonMetadata], and then
//     with only the metadata.sources entries whose type s selects; its other
//     fields are kept.
//   - No empty object is left: a message-typed field that holds nothing (an
//     all-zero date {}, metadata {} once its sources are filtered out, a
//     profileMetadata {}) is removed, at any depth, and so is a Person metadata
//     left with nothing. Items themselves are never dropped for being empty, and
//     well-known types (a Timestamp of the epoch) are values, not objects, and
//     stay. Unknown fields are not copied.
func Project(p *person.Person, r Read, s Sources) *person.Person {
	if p == nil {
		return nil
	}
	out := &person.Person{ResourceName: p.GetResourceName(), Etag: p.GetEtag()}
	for f := range r.All() {
		if f == person.FieldPersonMetadata {
			out.Metadata = projectMetadata(p.GetMetadata(), s)
			continue
		}
		n, kept := f.Len(p), 0
		for i := range n {
			if it := f.At(p, i); isItem(it) && s.SelectsItem(it) {
				kept++
			}
		}
		if kept == 0 {
			continue
		}
		f.Reset(out, kept)
		for i := range n {
			if it := f.At(p, i); isItem(it) && s.SelectsItem(it) {
				f.Append(out, copyItem(it))
			}
		}
	}
	return out
}

// isItem reports whether it is a real item, not a nil pointer in a list.
func isItem(it person.Item) bool { return it != nil && it.ProtoReflect().IsValid() }

// copyItem returns a deep copy of it with its empty objects removed.
func copyItem(it person.Item) person.Item {
	c := proto.Clone(it).(person.Item)
	prune(c.ProtoReflect())
	return c
}

// projectMetadata returns a copy of m with only the sources s selects, or nil
// when that copy holds nothing.
func projectMetadata(m *person.PersonMetadata, s Sources) *person.PersonMetadata {
	if m == nil {
		return nil
	}
	out := &person.PersonMetadata{
		Deleted:                   m.GetDeleted(),
		LinkedPeopleResourceNames: slices.Clone(m.GetLinkedPeopleResourceNames()),
		ObjectType:                m.GetObjectType(),
		PreviousResourceNames:     slices.Clone(m.GetPreviousResourceNames()),
	}
	kept := 0
	for _, src := range m.GetSources() {
		if s.Selects(src.GetType()) {
			kept++
		}
	}
	if kept > 0 {
		out.Sources = make([]*person.Source, 0, kept)
		for _, src := range m.GetSources() {
			if s.Selects(src.GetType()) {
				c := proto.Clone(src).(*person.Source)
				prune(c.ProtoReflect())
				out.Sources = append(out.Sources, c)
			}
		}
	}
	if !out.Deleted && len(out.LinkedPeopleResourceNames) == 0 && out.ObjectType == 0 &&
		len(out.PreviousResourceNames) == 0 && len(out.Sources) == 0 {
		return nil
	}
	return out
}

// pruneFields lists, for every message type reachable from Person, its
// message-typed fields that [prune] looks into: all but those whose type is of
// the google.protobuf package (a Timestamp renders as a JSON value, not an
// object, so an epoch timestamp is not empty). It is built once and only read
// afterwards.
var pruneFields = func() map[protoreflect.MessageDescriptor][]protoreflect.FieldDescriptor {
	m := make(map[protoreflect.MessageDescriptor][]protoreflect.FieldDescriptor)
	var walk func(md protoreflect.MessageDescriptor)
	walk = func(md protoreflect.MessageDescriptor) {
		if _, done := m[md]; done {
			return
		}
		m[md] = nil
		var list []protoreflect.FieldDescriptor
		fds := md.Fields()
		for i := range fds.Len() {
			fd := fds.Get(i)
			if fd.Message() == nil || fd.IsMap() || fd.Message().ParentFile().Package() == "google.protobuf" {
				continue
			}
			list = append(list, fd)
			walk(fd.Message())
		}
		m[md] = list
	}
	walk((*person.Person)(nil).ProtoReflect().Descriptor())
	return m
}()

// prune removes, depth first, every singular message-typed field of m that holds
// a message with nothing in it once pruned itself. Elements of lists are pruned
// but never removed.
func prune(m protoreflect.Message) {
	for _, fd := range pruneFields[m.Descriptor()] {
		if !m.Has(fd) {
			continue
		}
		if fd.IsList() {
			l := m.Get(fd).List()
			for i := range l.Len() {
				prune(l.Get(i).Message())
			}
			continue
		}
		sub := m.Get(fd).Message()
		prune(sub)
		if isEmpty(sub) {
			m.Clear(fd)
		}
	}
}

// isEmpty reports whether m has no populated field and no unknown fields: it
// encodes to nothing.
func isEmpty(m protoreflect.Message) bool { return proto.Size(m.Interface()) == 0 }
