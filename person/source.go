// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

// ContactSource returns the first entry of p.metadata.sources whose type is
// CONTACT, or nil when the person has none (a profile, or no metadata).
func (x *Person) ContactSource() *Source {
	for _, s := range x.GetMetadata().GetSources() {
		if s.GetType() == Source_CONTACT {
			return s
		}
	}
	return nil
}

// SourceOf returns the source an item belongs to: its metadata.source, or nil
// when it names none.
func SourceOf(it Item) *Source { return it.GetMetadata().GetSource() }

// Unsourced reports whether it names no source: its metadata.source is absent,
// or empty (no type and no id). Such an item counts as the contact's, both in a
// stored person (SPEC.md: an item of a stored person with no metadata.source
// counts as a contact item) and in a request ([SPEC §4] step 2).
//
// [SPEC §4]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#4-merge-stored--request--new-stored
func Unsourced(it Item) bool {
	s := SourceOf(it)
	return s == nil || (s.GetType() == Source_SOURCE_TYPE_UNSPECIFIED && s.GetId() == "")
}

// IsContactItem reports whether an item belongs to the contact source cs: it is
// [Unsourced], or its source is of type CONTACT and has cs's id or no id. Any
// other item belongs to another source, a CONTACT source with another id and an
// id with no type included. A nil cs has the empty id, so then only unsourced
// items and those naming a CONTACT source without an id belong to it.
//
// It is the one rule for both sides of an update: the request items the merge
// keeps ([SPEC §4] step 2) and the stored items it replaces are those
// IsContactItem accepts for the stored contact source. It neither allocates nor
// modifies it.
//
// [SPEC §4]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#4-merge-stored--request--new-stored
func IsContactItem(it Item, cs *Source) bool {
	if Unsourced(it) {
		return true
	}
	s := SourceOf(it)
	return s.GetType() == Source_CONTACT && (s.GetId() == "" || s.GetId() == cs.GetId())
}
