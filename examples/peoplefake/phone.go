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
// the value is not a possible phone number. Extensions are dropped.
func Libphonenumber(value, region string) string {
	if region == "" {
		region = "US"
	}
	num, err := phonenumbers.Parse(value, strings.ToUpper(region))
	if err != nil || !phonenumbers.IsPossibleNumber(num) {
		return ""
	}
	return phonenumbers.Format(num, phonenumbers.E164)
}
