// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nyaruka/phonenumbers"

	"github.com/peopleupdate/peopleupdate/merge"
)

// builtinRegions are the regions whose national numbers the built-in rule
// reads (merge/phone.go's table).
var builtinRegions = []string{
	"US", "CA", "AG", "AI", "AS", "BB", "BM", "BS", "DM", "DO", "GD", "GU",
	"JM", "KN", "KY", "LC", "MP", "MS", "PR", "SX", "TC", "TT", "VC", "VG", "VI",
	"AU", "BE", "CH", "DE", "ES", "FR", "GB", "IE", "IN", "IT", "JP", "MX", "NL", "NZ",
}

// phoneTypes are the kinds of number libphonenumber has example numbers of.
var phoneTypes = []phonenumbers.PhoneNumberType{
	phonenumbers.FIXED_LINE, phonenumbers.MOBILE, phonenumbers.TOLL_FREE,
	phonenumbers.PREMIUM_RATE, phonenumbers.SHARED_COST, phonenumbers.VOIP,
	phonenumbers.PERSONAL_NUMBER, phonenumbers.PAGER, phonenumbers.UAN,
	phonenumbers.VOICEMAIL,
}

// phoneCorpus returns valid numbers of every region the built-in rule knows,
// as people write them: libphonenumber's example number of each type with its
// last digit varied, each in the national and international formats, with
// spaces, dots, hyphens or nothing between the groups. It leaves out the
// writings the rules are known to read differently (an extension, a "/", a
// "(0)" after the country code: see Libphonenumber's doc).
func phoneCorpus(t *testing.T) []phoneCase {
	var out []phoneCase
	for _, region := range builtinRegions {
		for _, typ := range phoneTypes {
			ex := phonenumbers.GetExampleNumberForType(region, typ)
			if ex == nil {
				continue
			}
			nsn := phonenumbers.GetNationalSignificantNumber(ex)
			for last := '0'; last <= '9'; last++ {
				num, err := phonenumbers.Parse("+"+fmt.Sprint(ex.GetCountryCode())+nsn[:len(nsn)-1]+string(last), region)
				if err != nil || !phonenumbers.IsValidNumberForRegion(num, region) {
					continue
				}
				for _, f := range []phonenumbers.PhoneNumberFormat{phonenumbers.NATIONAL, phonenumbers.INTERNATIONAL} {
					written := phonenumbers.Format(num, f)
					for _, sep := range []string{"", " ", "-", ".", "nothing"} {
						v := written
						switch sep {
						case "nothing":
							v = strings.NewReplacer(" ", "", "-", "").Replace(v)
						case "":
						default:
							v = strings.NewReplacer(" ", sep, "-", sep).Replace(v)
						}
						out = append(out, phoneCase{v, region})
					}
				}
			}
		}
	}
	if len(out) < 500 {
		t.Fatalf("the corpus has %d numbers, want at least 500", len(out))
	}
	return out
}

type phoneCase struct{ value, region string }

// TestBuiltinAgreesWithLibphonenumber runs the core library's built-in rule and
// libphonenumber over a corpus of valid numbers of every region the built-in
// rule knows: wherever the built-in rule gives a canonical form, it is
// libphonenumber's E.164 form. The built-in rule may give none where
// libphonenumber gives one (it checks lengths loosely and knows no number
// ranges); the test reports how often.
func TestBuiltinAgreesWithLibphonenumber(t *testing.T) {
	corpus := phoneCorpus(t)
	answered := 0
	for _, c := range corpus {
		got := merge.Canonical(c.value, c.region)
		if got == "" {
			continue
		}
		answered++
		num, err := phonenumbers.Parse(c.value, c.region)
		if err != nil {
			t.Errorf("Canonical(%q, %q) = %q; libphonenumber: %v", c.value, c.region, got, err)
			continue
		}
		if want := phonenumbers.Format(num, phonenumbers.E164); got != want {
			t.Errorf("Canonical(%q, %q) = %q, libphonenumber %q", c.value, c.region, got, want)
		}
	}
	t.Logf("%d numbers, the built-in rule answers %d", len(corpus), answered)
}
