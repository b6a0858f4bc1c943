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

// IsContactItem reports whether a stored item belongs to the contact source cs:
// it names no source (SPEC.md: an item of a stored person with no
// metadata.source counts as a contact item), or its source is of type CONTACT and
// has cs's id or no id.
func IsContactItem(it Item, cs *Source) bool {
	s := SourceOf(it)
	if s == nil || (s.GetType() == Source_SOURCE_TYPE_UNSPECIFIED && s.GetId() == "") {
		return true
	}
	return s.GetType() == Source_CONTACT && (s.GetId() == "" || s.GetId() == cs.GetId())
}
