// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask

import (
	"github.com/peopleupdate/peopleupdate/internal/copier"
	"slices"

	"github.com/peopleupdate/peopleupdate/person"
)

// Project returns the view of p that a response under the read mask r and the
// read sources s shows ([SPEC §7]). It is a new Person that shares no memory with
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
//
// Project makes its result with one slab copier (internal/copier), without
// reflection: one allocation per message type and per list, whatever the
// number of items.
//
// [SPEC §7]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#7-response
func Project(p *person.Person, r Read, s Sources) *person.Person {
	if p == nil {
		return nil
	}
	// One Copier makes every message of the result: reserve what is kept,
	// then copy it.
	c := copier.New()
	// keep goes through an interface, so it escapes: one closure for the
	// whole call, not one per field.
	keep := s.SelectsItem
	var kept [person.NumFields]int
	for f := range r.All() {
		if f == person.FieldPersonMetadata {
			for _, src := range p.GetMetadata().GetSources() {
				if s.Selects(src.GetType()) {
					c.Reserve(src)
				}
			}
			continue
		}
		kept[f] = c.ReserveItems(p, f, keep)
	}

	out := &person.Person{ResourceName: p.GetResourceName(), Etag: p.GetEtag()}
	for f := range r.All() {
		switch {
		case f == person.FieldPersonMetadata:
			out.Metadata = projectMetadata(p.GetMetadata(), s, c)
		case kept[f] > 0:
			f.Reset(out, kept[f])
			c.AppendPrunedItems(out, p, f, keep)
		}
	}
	copier.Free(c)
	return out
}

// projectMetadata returns a copy of m with only the sources s selects, each
// pruned and made by c, or nil when that copy holds nothing.
func projectMetadata(m *person.PersonMetadata, s Sources, c copier.Copier) *person.PersonMetadata {
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
				out.Sources = append(out.Sources, c.ClonePruned(src).(*person.Source))
			}
		}
	}
	if !out.Deleted && len(out.LinkedPeopleResourceNames) == 0 && out.ObjectType == 0 &&
		len(out.PreviousResourceNames) == 0 && len(out.Sources) == 0 {
		return nil
	}
	return out
}
