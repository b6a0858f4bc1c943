// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peopleupdate

import (
	"github.com/peopleupdate/peopleupdate/merge"
)

// Options are the settings of the calls of this package that change a
// contact: the clock that dates the change, the default region of phone
// numbers and the phone canonicaliser. They are [merge.Options] under this
// package's name (a conversion between the two costs nothing), whose fields
// document them:
//
//   - Clock dates the change ([SPEC §4.5]). A nil Clock reads no clock at
//     all: every change then dates the contact source one millisecond after
//     its stored updateTime, which keeps results deterministic. A server
//     passes time.Now.
//   - Region is the ISO 3166 region, such as "US" or "MX", in which phone
//     numbers without a country calling code are read ("" is "US").
//   - Canonicalize replaces the built-in rule that computes
//     PhoneNumber.canonicalForm ([SPEC §5], [merge.Canonical]), for example
//     with a wrapper around libphonenumber.
//   - Share makes Result.Stored share what the update leaves alone (the
//     fields outside the mask, the items of other sources) with the stored
//     person instead of copying it: the call then costs
//     what it changes, not what the contact holds. It relies on the caller
//     treating persons as immutable values: it never modifies the stored
//     person nor anything a call returns (see [merge.Options].Share). The
//     results are the same bytes either way.
//
// As with protobuf-go's MarshalOptions, the methods of a value do the work:
//
//	res, err := peopleupdate.Options{Clock: time.Now}.UpdateContact(stored, req)
//
// and the package functions of the same names use the zero Options. A
// server builds one Options from its own configuration and passes it
// through.
//
// [SPEC §4.5]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#4-merge-stored--request--new-stored
// [SPEC §5]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#5-computed-values-policy-en-us-deterministic
type Options merge.Options

// merge returns o as the options of the merge step.
func (o Options) merge() merge.Options { return merge.Options(o) }
