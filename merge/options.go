// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import (
	"time"

	"github.com/peopleupdate/peopleupdate/internal/adopt"
	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/person"
)

// Options are the settings of an update that do not come from the request:
// the clock and the phone canonicaliser. They are the one settings value of
// the module: package peopleupdate's Options is this type under its own name,
// and a server holds one value and passes it through. The zero Options is
// valid and reads no clock.
type Options struct {
	// Clock returns the time of the update: the contact source's new
	// updateTime, unless it is not after the stored updateTime, in which
	// case the new updateTime is the stored one plus a millisecond. It is
	// called once per update. A nil Clock reads no clock: every update then
	// dates the contact source one millisecond after its stored updateTime
	// (a contact source with no stored updateTime counts as updated at the
	// Unix epoch, so it gets 1970-01-01T00:00:00.001Z). A server passes
	// time.Now.
	Clock func() time.Time

	// Region is the region phone numbers without a leading + are read in,
	// an ISO 3166 code such as "US"; "" means DefaultRegion.
	Region string

	// Canonicalize returns the canonical form (E.164) of a phone number
	// value read in region, which is Region or DefaultRegion, or "" when the
	// value has none; nil means Canonical. It is called only for non-empty
	// values, and must be deterministic for Apply to be.
	Canonicalize func(value, region string) string

	// Share makes the new stored person share with the stored one what the
	// update does not change: the fields outside the update mask (their
	// lists, items and every message in them) and the unknown fields are the
	// stored person's own values, not copies, and so are the items of the
	// masked fields that belong to other sources than the contact source,
	// unless the update changes their primary flag; only the contact
	// source's items, the lists of the masked fields, the Person itself and
	// its metadata (whose contact source gets a new etag and updateTime) are
	// new. The result is the same person, byte for byte,
	// as without Share, and the stored person is still never modified.
	//
	// It relies on one rule, which the caller must keep: persons are
	// immutable values. The caller (the store) never modifies a stored
	// person, nor any person or message a call returns, after the call: a
	// change to one would show in the other. A store that replaces persons
	// whole, as updates do, keeps it. The default, false, copies everything:
	// results share no memory with the stored person, and may be modified.
	Share bool
}

// now returns the time of the update: Clock's, or the zero time without one.
func (o *Options) now() time.Time {
	if o.Clock == nil {
		return time.Time{}
	}
	return o.Clock()
}

func init() {
	adopt.Apply = func(stored, req *person.Person, u mask.Update, opts any) *person.Person {
		return apply(stored, req, u, opts.(Options), true)
	}
}
