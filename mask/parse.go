// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package mask

import (
	"iter"
	"slices"
	"strings"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/types/known/fieldmaskpb"
)

// Update is a parsed updatePersonFields mask: a set of the 24 updatable fields.
// It is a small value, compared with == and copied for free. The zero Update is
// empty; [ParseUpdate] never returns it.
type Update struct{ fields person.FieldSet }

// Read is a parsed personFields mask: a set of the 29 readable fields. It is a
// small value, compared with == and copied for free. The zero Read selects no
// field (a projection through it keeps only resourceName and etag); [ParseRead]
// and [ParseReadRequired] never return it.
type Read struct{ fields person.FieldSet }

// UpdateOf returns the Update holding the updatable fields of fs; the other
// fields of fs are left out. It is for code that already holds a field set, such
// as a decoder of a stored mask; request input goes through [ParseUpdate].
func UpdateOf(fs person.FieldSet) Update { return Update{fs & person.UpdatableFields} }

// ReadOf returns the Read holding the fields of fs. It is for code that already
// holds a field set, such as an etag decoder; request input goes through
// [ParseRead] or [ParseReadRequired].
func ReadOf(fs person.FieldSet) Read { return Read{fs & person.AllFields} }

// AllRead returns the Read of all 29 readable fields: what an updateContact
// answers when personFields is not set.
func AllRead() Read { return Read{person.AllFields} }

// spec says how one mask of one method is parsed: which paths it accepts,
// what an empty mask means and how failures are worded.
type spec struct {
	allowed person.FieldSet
	empty   emptyRead
	param   string // the parameter, lowerCamelCase: updatePersonFields
	field   string // the request field at fault, in proto names: update_person_fields
	page    string // the reference page: people/updateContact
	// isUpdate: an update mask, whose errors are MissingUpdateMask and
	// InvalidUpdatePath (else MissingReadMask, InvalidReadPath).
	isUpdate bool
}

// sep separates the paths of a mask.
const sep = ","

// maxViolations is the most field violations an error of this package holds:
// a mask with more distinct invalid paths, or a sources parameter with more
// invalid values, reports the first maxViolations of them (the message names
// the first in any case). This bounds [SPEC §2]'s "every invalid path is
// reported": a request of thousands of bad paths must cost neither a quadratic
// scan nor an error envelope of megabytes, and a hundred is more than any
// client shows.
//
// [SPEC §2]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#2-field-masks
const maxViolations = 100

// ParseUpdate parses an updatePersonFields value ([SPEC §2]).
//
// The value is a comma-separated list of paths. Each path is trimmed of
// surrounding ASCII whitespace (space, \t, \n, \v, \f, \r; no other character,
// so U+00A0 makes a path invalid) and then must be one of the 24 updatable field
// names, case-sensitive, in lowerCamelCase (emailAddresses) or in its exact
// snake_case spelling (email_addresses). Empty segments ("names,,urls", a
// trailing comma, a segment of only whitespace) are skipped; a field named more
// than once, under either spelling, counts once.
//
// A value with no path at all ("", ",", " , ") fails with
// [apierror.MissingUpdateMask]. Any other path (a readable but not updatable
// field such as photos, a "person." prefix, a sub-field path such as
// names.givenName, "*", a name in the wrong case) fails with
// [apierror.InvalidUpdatePath]: its message names the first invalid path, as
// given after trimming, and the error holds one field violation on
// update_person_fields for each distinct invalid path, in order, its
// description naming that path, up to 100 of them: a mask holding more
// distinct invalid paths reports the first 100. Building the error takes time
// linear in len(raw), whatever the mask.
//
// A valid value is parsed without allocating.
//
// [SPEC §2]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#2-field-masks
func ParseUpdate(raw string) (Update, error) { return UpdateContact.ParseUpdate(raw) }

// ParseRead parses a personFields value as updateContact does ([SPEC §2]): the
// rules of [ParseUpdate] with the 29 readable fields, failures reported with
// [apierror.InvalidReadPath] on person_fields. A value with no path at all ("",
// ",", " , ") counts as not set: the result is [AllRead].
//
// A valid value is parsed without allocating.
//
// [SPEC §2]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#2-field-masks
func ParseRead(raw string) (Read, error) { return UpdateContact.ParseRead(raw) }

// UpdateFromFieldMask returns the Update a FieldMask holds. Each path obeys the
// rules of [ParseUpdate] for one path: either spelling is accepted (so both a
// mask from [Update.FieldMask] and one built by hand with JSON names work),
// whitespace around it is trimmed, an empty path is skipped, and a path holding
// a comma is invalid (a FieldMask path is one path). A nil or empty mask fails
// with [apierror.MissingUpdateMask].
func UpdateFromFieldMask(fm *fieldmaskpb.FieldMask) (Update, error) {
	fs, err := methods[UpdateContact].update.parsePaths(fm.GetPaths())
	return Update{fs}, err
}

// ReadFromFieldMask returns the Read a FieldMask holds, by the rules of
// [UpdateFromFieldMask] for the 29 readable fields; a nil or empty mask counts as
// not set, as in [ParseRead], and gives [AllRead].
func ReadFromFieldMask(fm *fieldmaskpb.FieldMask) (Read, error) {
	fs, err := methods[UpdateContact].read.parsePaths(fm.GetPaths())
	return Read{fs}, err
}

// parse parses a comma-separated mask. The loop scans raw in place: on valid
// input nothing is allocated.
func (sp *spec) parse(raw string) (person.FieldSet, error) {
	var fs person.FieldSet
	bad := false
	for rest, more := raw, true; more; {
		var seg string
		seg, rest, more = strings.Cut(rest, sep)
		f, st := sp.lookup(seg)
		switch st {
		case pathValid:
			fs = fs.With(f)
		case pathInvalid:
			bad = true
		}
	}
	if bad {
		return 0, sp.invalidPaths(slices.Collect(strings.SplitSeq(raw, sep)))
	}
	return sp.finish(fs)
}

// parsePaths parses the paths of a FieldMask, each one path.
func (sp *spec) parsePaths(paths []string) (person.FieldSet, error) {
	var fs person.FieldSet
	for _, p := range paths {
		f, st := sp.lookup(p)
		switch st {
		case pathValid:
			fs = fs.With(f)
		case pathInvalid:
			return 0, sp.invalidPaths(paths)
		}
	}
	return sp.finish(fs)
}

// finish applies the empty-mask rule to a parsed set holding no invalid path.
func (sp *spec) finish(fs person.FieldSet) (person.FieldSet, error) {
	if !fs.IsEmpty() {
		return fs, nil
	}
	switch sp.empty {
	case emptyAll:
		return sp.allowed, nil
	case emptyNone:
		return 0, nil
	}
	return 0, sp.missing().WithField(sp.field, "")
}

// missing returns the error for an empty mask that is required.
func (sp *spec) missing() *apierror.Error {
	if sp.isUpdate {
		return apierror.NewMissingUpdateMask(sp.param, sp.page)
	}
	return apierror.NewMissingReadMask(sp.param, sp.page)
}

// invalid returns the error for an invalid path p.
func (sp *spec) invalid(p string) *apierror.Error {
	if sp.isUpdate {
		return apierror.NewInvalidUpdatePath(sp.param, p, sp.page)
	}
	return apierror.NewInvalidReadPath(sp.param, p, sp.page)
}

// pathStatus is what one segment of a mask turns out to be.
type pathStatus uint8

const (
	pathEmpty   pathStatus = iota // nothing but whitespace: skipped
	pathValid                     // a field the mask accepts
	pathInvalid                   // anything else
)

// lookup trims seg and finds the field it names.
func (sp *spec) lookup(seg string) (person.Field, pathStatus) {
	seg = trimSpace(seg)
	if seg == "" {
		return 0, pathEmpty
	}
	f, ok := person.FieldByName(seg)
	if !ok || !sp.allowed.Has(f) {
		return 0, pathInvalid
	}
	return f, pathValid
}

// invalidPaths builds the error for a mask whose segments are segs and that
// holds at least one invalid path: the message names the first, and every
// distinct invalid path, trimmed, gets its own field violation, up to
// maxViolations of them.
func (sp *spec) invalidPaths(segs []string) error {
	var e *apierror.Error
	seen := make(map[string]bool)
	for _, seg := range segs {
		if _, st := sp.lookup(seg); st != pathInvalid {
			continue
		}
		p := trimSpace(seg)
		if seen[p] {
			continue
		}
		seen[p] = true
		if e == nil {
			e = sp.invalid(p).WithField(sp.field, "")
		} else {
			e.WithField(sp.field, sp.invalid(p).Message)
		}
		if len(e.Violations) == maxViolations {
			break
		}
	}
	return e
}

// isSpace reports whether c is ASCII whitespace, the only whitespace trimmed
// around a path.
func isSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// trimSpace returns s without its leading and trailing ASCII whitespace.
func trimSpace(s string) string {
	i, j := 0, len(s)
	for i < j && isSpace(s[i]) {
		i++
	}
	for j > i && isSpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

// Has reports whether the mask names f.
func (u Update) Has(f person.Field) bool { return u.fields.Has(f) }

// Fields returns the set of fields the mask names.
func (u Update) Fields() person.FieldSet { return u.fields }

// All iterates over the fields of the mask in canonical order.
func (u Update) All() iter.Seq[person.Field] { return u.fields.All() }

// Len returns the number of fields the mask names.
func (u Update) Len() int { return u.fields.Len() }

// String returns the canonical form of the mask: the lowerCamelCase names of
// its fields in canonical order, joined by commas. [ParseUpdate] of it returns u
// again (for a non-empty u).
func (u Update) String() string { return u.fields.String() }

// FieldMask returns the mask as a FieldMask whose paths are the proto
// (snake_case) names of its fields in canonical order: the form a
// google.protobuf.FieldMask holds, valid against the Person message
// (fieldmaskpb's IsValid), and rendered by protojson as the lowerCamelCase query
// value. [UpdateFromFieldMask] of it returns u again (for a non-empty u).
func (u Update) FieldMask() *fieldmaskpb.FieldMask { return fieldMask(u.fields) }

// Has reports whether the mask names f.
func (r Read) Has(f person.Field) bool { return r.fields.Has(f) }

// Fields returns the set of fields the mask names.
func (r Read) Fields() person.FieldSet { return r.fields }

// All iterates over the fields of the mask in canonical order.
func (r Read) All() iter.Seq[person.Field] { return r.fields.All() }

// Len returns the number of fields the mask names.
func (r Read) Len() int { return r.fields.Len() }

// String returns the canonical form of the mask: the lowerCamelCase names of
// its fields in canonical order, joined by commas. [ParseRead] of it returns r
// again (for a non-empty r).
func (r Read) String() string { return r.fields.String() }

// FieldMask returns the mask as a FieldMask whose paths are the proto
// (snake_case) names of its fields in canonical order, as [Update.FieldMask]
// does. [ReadFromFieldMask] of it returns r again (for a non-empty r).
func (r Read) FieldMask() *fieldmaskpb.FieldMask { return fieldMask(r.fields) }

func fieldMask(fs person.FieldSet) *fieldmaskpb.FieldMask {
	paths := make([]string, 0, fs.Len())
	for f := range fs.All() {
		paths = append(paths, f.ProtoName())
	}
	return &fieldmaskpb.FieldMask{Paths: paths}
}
