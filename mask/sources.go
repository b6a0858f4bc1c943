// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask

import (
	"fmt"
	"strings"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
)

// A ReadSource is one value of the People API's ReadSourceType enum, the type of
// the repeated sources parameter. The constants are in the order the API lists
// them, which is the canonical order of [Sources.Values]; their numbers are this
// package's, not the enum's wire numbers (the API does not publish those).
type ReadSource uint8

// The ReadSourceType values.
const (
	// ReadSourceUnspecified is READ_SOURCE_TYPE_UNSPECIFIED. It selects nothing
	// and is never accepted as a sources value.
	ReadSourceUnspecified ReadSource = iota
	// ReadSourceProfile is READ_SOURCE_TYPE_PROFILE: sources of type ACCOUNT,
	// PROFILE and DOMAIN_PROFILE.
	ReadSourceProfile
	// ReadSourceContact is READ_SOURCE_TYPE_CONTACT: sources of type CONTACT.
	ReadSourceContact
	// ReadSourceDomainContact is READ_SOURCE_TYPE_DOMAIN_CONTACT: sources of type
	// DOMAIN_CONTACT.
	ReadSourceDomainContact
	// ReadSourceOtherContact is READ_SOURCE_TYPE_OTHER_CONTACT: sources of type
	// OTHER_CONTACT.
	ReadSourceOtherContact

	numReadSources = int(ReadSourceOtherContact) + 1
)

// readSourceNames are the enum names, indexed by ReadSource.
var readSourceNames = [numReadSources]string{
	ReadSourceUnspecified:   "READ_SOURCE_TYPE_UNSPECIFIED",
	ReadSourceProfile:       "READ_SOURCE_TYPE_PROFILE",
	ReadSourceContact:       "READ_SOURCE_TYPE_CONTACT",
	ReadSourceDomainContact: "READ_SOURCE_TYPE_DOMAIN_CONTACT",
	ReadSourceOtherContact:  "READ_SOURCE_TYPE_OTHER_CONTACT",
}

// String returns the enum name of rs, such as READ_SOURCE_TYPE_CONTACT.
func (rs ReadSource) String() string {
	if int(rs) < numReadSources {
		return readSourceNames[rs]
	}
	return fmt.Sprintf("ReadSource(%d)", uint8(rs))
}

// readSourceByName returns the accepted ReadSource named name: exactly one of the
// four enum names, case-sensitive, with nothing around it.
func readSourceByName(name string) (ReadSource, bool) {
	for rs := ReadSourceProfile; int(rs) < numReadSources; rs++ {
		if readSourceNames[rs] == name {
			return rs, true
		}
	}
	return 0, false
}

// Sources is a parsed sources parameter: a set of ReadSource values, kept as a
// bit set (bit rs for ReadSource rs), so it is compared with == and copied for
// free. The zero Sources selects nothing; [ParseSources] never returns it. Bits
// of no accepted ReadSource are ignored by every method. The layout is stable,
// as person etags encode it.
type Sources uint8

// sourcesMask holds the bits of the four accepted ReadSources.
const sourcesMask = Sources(1<<ReadSourceProfile | 1<<ReadSourceContact | 1<<ReadSourceDomainContact | 1<<ReadSourceOtherContact)

// SourcesOf returns the set of the given ReadSources; ReadSourceUnspecified
// and values out of range are left out.
func SourcesOf(rs ...ReadSource) Sources {
	var s Sources
	for _, r := range rs {
		if int(r) < numReadSources {
			s |= 1 << r
		}
	}
	return s & sourcesMask
}

// DefaultSources returns READ_SOURCE_TYPE_PROFILE + READ_SOURCE_TYPE_CONTACT,
// what a read answers with when sources is not set.
func DefaultSources() Sources { return SourcesOf(ReadSourceProfile, ReadSourceContact) }

// ParseSources parses the values of the repeated sources parameter ([SPEC §1],
// §2). Nil or no values count as not set: the result is [DefaultSources].
// Each value must be exactly one of READ_SOURCE_TYPE_PROFILE,
// READ_SOURCE_TYPE_CONTACT, READ_SOURCE_TYPE_DOMAIN_CONTACT and
// READ_SOURCE_TYPE_OTHER_CONTACT: case-sensitive, not trimmed, and never split
// on commas. A value repeated counts once.
//
// Any other value (READ_SOURCE_TYPE_UNSPECIFIED, the empty string, a name in
// another case or with whitespace around it, a list "A,B" in one value, and an
// enum number such as "2") fails with [apierror.InvalidSource]: its message
// names the position and the value of the first invalid one, and the error
// holds one field violation on sources[i] for each invalid value, in order, up
// to 100 of them (as for masks, [ParseUpdate]).
//
// Enum numbers: Google's JSON front end would map a decimal string to the enum
// value of that number, but the People API publishes only the names of
// ReadSourceType (the discovery document has no numbers), so any mapping would
// be a guess; numbers are rejected as unknown names, as [SPEC §2] says of any
// other value.
//
// Valid values are parsed without allocating.
//
// [SPEC §1]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#1-inputs
// [SPEC §2]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#2-field-masks
func ParseSources(values []string) (Sources, error) {
	if len(values) == 0 {
		return DefaultSources(), nil
	}
	var s Sources
	for _, v := range values {
		rs, ok := readSourceByName(v)
		if !ok {
			return 0, invalidSources(values)
		}
		s |= 1 << rs
	}
	return s, nil
}

// invalidSources builds the error for values holding at least one invalid value.
func invalidSources(values []string) error {
	var e *apierror.Error
	for i, v := range values {
		if _, ok := readSourceByName(v); ok {
			continue
		}
		field := fmt.Sprintf("sources[%d]", i)
		if e == nil {
			e = apierror.NewInvalidSource(i, v).WithField(field, "")
			continue
		}
		e.WithField(field, apierror.NewInvalidSource(i, v).Message)
		if len(e.Violations) == maxViolations {
			break
		}
	}
	return e
}

// Has reports whether rs is in s. It is false for ReadSourceUnspecified.
func (s Sources) Has(rs ReadSource) bool {
	return int(rs) < numReadSources && s&sourcesMask&(1<<rs) != 0
}

// Len returns the number of ReadSources in s.
func (s Sources) Len() int {
	n := 0
	for rs := ReadSourceProfile; int(rs) < numReadSources; rs++ {
		if s.Has(rs) {
			n++
		}
	}
	return n
}

// Selects reports whether s selects data of source type t:
// READ_SOURCE_TYPE_PROFILE selects ACCOUNT, PROFILE and DOMAIN_PROFILE,
// READ_SOURCE_TYPE_CONTACT selects CONTACT, READ_SOURCE_TYPE_DOMAIN_CONTACT
// selects DOMAIN_CONTACT and READ_SOURCE_TYPE_OTHER_CONTACT selects
// OTHER_CONTACT. SOURCE_TYPE_UNSPECIFIED, and any type unknown to this
// package, is selected by nothing.
//
// Selects judges a type; to judge an item, whose source may be absent, use
// [Sources.SelectsItem].
func (s Sources) Selects(t person.Source_Type) bool {
	switch t {
	case person.Source_ACCOUNT, person.Source_PROFILE, person.Source_DOMAIN_PROFILE:
		return s.Has(ReadSourceProfile)
	case person.Source_CONTACT:
		return s.Has(ReadSourceContact)
	case person.Source_DOMAIN_CONTACT:
		return s.Has(ReadSourceDomainContact)
	case person.Source_OTHER_CONTACT:
		return s.Has(ReadSourceOtherContact)
	}
	return false
}

// SelectsItem reports whether s selects an item of a stored person. An item
// that names no source ([person.Unsourced]) belongs to the contact (the rule of
// [person.IsContactItem]), so READ_SOURCE_TYPE_CONTACT selects it. Any other
// item is judged by its source's type with [Sources.Selects]; a source with an
// id and no type is selected by nothing.
func (s Sources) SelectsItem(it person.Item) bool {
	if person.Unsourced(it) {
		return s.Has(ReadSourceContact)
	}
	return s.Selects(person.SourceOf(it).GetType())
}

// Values returns the enum names of the ReadSources in s, in canonical order (the
// order of the enum). For a non-empty s, [ParseSources] of them returns s again;
// the zero Sources gives no values, which parse as [DefaultSources].
func (s Sources) Values() []string {
	vs := make([]string, 0, s.Len())
	for rs := ReadSourceProfile; int(rs) < numReadSources; rs++ {
		if s.Has(rs) {
			vs = append(vs, readSourceNames[rs])
		}
	}
	return vs
}

// String returns the values of s joined by commas, for display. It does not
// parse back, as a sources value is never split on commas: use [Sources.Values].
func (s Sources) String() string { return strings.Join(s.Values(), ",") }
