// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"strings"

	"github.com/nyaruka/phonenumbers"
)

// Libphonenumber is the fake's default phone number canonicaliser: value's
// E.164 form as libphonenumber (github.com/nyaruka/phonenumbers) parses it,
// reading a number without a country code in region (default "US"), or "" when
// the number could not be dialled from abroad as written: unparseable, of a
// length no number of its country has, or a local number that needs an area
// code (the 7-digit "555-0100" in the US). Extensions are dropped, and a trunk
// prefix after the country code ("+44 (0)20 ...") is removed.
//
// It differs from the core library's built-in rule (merge.Canonical), which is
// the one docs/SPEC.md fixes: the built-in rule gives no canonical form for a
// value with an extension ("ext. 12", "x12", "#12") or a "/" or any other
// character but digits, spaces and ( ) - . +, keeps the digits of "(0)" after a
// country code, knows only the regions of its table and checks lengths, not
// number ranges. Wherever the built-in rule gives a canonical form for a valid
// number, the two agree (TestBuiltinAgreesWithLibphonenumber).
func Libphonenumber(value, region string) string {
	if region == "" {
		region = "US"
	}
	num, err := phonenumbers.Parse(value, strings.ToUpper(region))
	if err != nil || phonenumbers.IsPossibleNumberWithReason(num) != phonenumbers.IS_POSSIBLE {
		return ""
	}
	return phonenumbers.Format(num, phonenumbers.E164)
}
