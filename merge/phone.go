// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package merge

import "strings"

// DefaultRegion is the region a phone number without a leading + is read in
// when [Options].Region is empty.
const DefaultRegion = "US"

// Canonical is the built-in phone canonicaliser ([SPEC §5]): it returns the
// E.164 form of value ("+" and digits) read in region, or "" when it gives
// none. It is a small rule, not a phone number library: a caller that needs
// more passes its own canonicaliser in [Options].Canonicalize (for instance
// one built on libphonenumber).
//
// The rule:
//
//   - value may hold only the digits 0-9, spaces and the characters ( ) - .,
//     with an optional + first (only spaces may precede it). Anything else (a
//     letter, an extension such as "ext. 12", a slash, a tab, a non-ASCII
//     digit or space) gives "".
//   - With the +, the digits are the number: 8 to 15 of them give "+digits".
//     Region plays no part.
//   - Without it, the digits are a national number of region, an ISO 3166
//     code matched without regard to case; "" means [DefaultRegion]. In the
//     North American Numbering Plan (US, CA and the other regions of country
//     code 1) 10 digits give "+1digits" and 11 digits starting with 1 give
//     "+digits". A few other regions are known by their country calling code,
//     national trunk prefix and the lengths their national numbers may have
//     (AU BE CH DE ES FR GB IE IN IT JP MX NL NZ): the digits, once a leading
//     trunk prefix is removed where that leaves a number of a valid length,
//     give "+" + calling code + digits. No region checks which number ranges
//     are in service. In any other region a national number gives "".
//   - A result of fewer than 8 or more than 15 digits is "".
//
// So a result, canonicalised again, is itself.
//
// Wherever the rule gives a canonical form for a valid number of a region it
// knows, it is the E.164 form libphonenumber gives (a test of the examples
// module checks this over tens of thousands of numbers written in the national
// and international formats of every region of the table). It differs from
// libphonenumber where [SPEC §5] fixes what it does, and where it knows less:
//
//   - A value with an extension ("+1 650-253-0000 ext. 12", "x12", "#12"), a
//     "/" ("650/253-0000") or any other character gives "", where
//     libphonenumber drops the extension and reads the number.
//   - A trunk prefix written after the country code is kept as digits:
//     "+44 (0)20 7946 0958" gives "+4402079460958", libphonenumber
//     "+442079460958".
//   - A national number of a region outside the table gives "" ("(11)
//     2345-6789" in BR; libphonenumber "+551123456789").
//   - Lengths are checked, number ranges are not: a number no operator
//     assigns, of a valid length, still gets a canonical form, where
//     libphonenumber's validity check (not its E.164 formatting) would say no.
//
// A caller that wants libphonenumber's answers passes it as the canonicaliser,
// as the examples module's fake does by default.
//
// [SPEC §5]: https://github.com/peopleupdate/peopleupdate/blob/main/docs/SPEC.md#5-computed-values-policy-en-us-deterministic
func Canonical(value, region string) string {
	// 15 digits is the E.164 maximum; a national number with its trunk prefix
	// has fewer than 16.
	var digits [16]byte
	n := 0
	plus := false
	for i := 0; i < len(value); i++ {
		switch c := value[i]; c {
		case ' ', '(', ')', '-', '.':
		case '+':
			if plus || strings.TrimLeft(value[:i], " ") != "" {
				return ""
			}
			plus = true
		default:
			if c < '0' || c > '9' {
				return ""
			}
			if n == len(digits) {
				return ""
			}
			digits[n] = c
			n++
		}
	}
	d := digits[:n]
	var code string
	if !plus {
		p, ok := plans[regionKey(region)]
		if !ok {
			return ""
		}
		nsn, ok := p.national(d)
		if !ok {
			return ""
		}
		code, d = p.code, nsn
	}
	if total := len(code) + len(d); total < 8 || total > 15 {
		return ""
	}
	var out [16]byte
	b := append(out[:0], '+')
	b = append(b, code...)
	b = append(b, d...)
	return string(b)
}

// A numberingPlan is what Canonical knows of a region's phone numbers.
type numberingPlan struct {
	code     string // country calling code
	trunk    byte   // national trunk prefix digit; 0 when the region dials none
	min, max int    // lengths of a national (significant) number
}

// national returns the national significant number that the digits d, dialled
// within the region, stand for: d itself when it has a valid length and does
// not start with the trunk prefix; else d without its trunk prefix when that
// has a valid length; else d itself when it has a valid length (a number that
// happens to start with the trunk digit, as NANP reads 10 digits).
func (p numberingPlan) national(d []byte) ([]byte, bool) {
	valid := func(d []byte) bool { return len(d) >= p.min && len(d) <= p.max }
	trunk := p.trunk != 0 && len(d) > 0 && d[0] == p.trunk
	switch {
	case valid(d) && !trunk:
		return d, true
	case trunk && valid(d[1:]):
		return d[1:], true
	case valid(d):
		return d, true
	}
	return nil, false
}

// nanp is the North American Numbering Plan: 10-digit national numbers,
// trunk prefix 1.
var nanp = numberingPlan{code: "1", trunk: '1', min: 10, max: 10}

// plans holds the regions Canonical reads national numbers in, by upper-case
// ISO 3166 code. Lengths are those of the national significant number (after
// the trunk prefix), after the ITU-T national numbering plans; they are
// deliberately loose where a plan has variable lengths.
var plans = map[string]numberingPlan{
	// North American Numbering Plan, country code 1.
	"US": nanp, "CA": nanp, "AG": nanp, "AI": nanp, "AS": nanp, "BB": nanp,
	"BM": nanp, "BS": nanp, "DM": nanp, "DO": nanp, "GD": nanp, "GU": nanp,
	"JM": nanp, "KN": nanp, "KY": nanp, "LC": nanp, "MP": nanp, "MS": nanp,
	"PR": nanp, "SX": nanp, "TC": nanp, "TT": nanp, "VC": nanp, "VG": nanp,
	"VI": nanp,

	"AU": {code: "61", trunk: '0', min: 9, max: 9},
	"BE": {code: "32", trunk: '0', min: 8, max: 9},
	"CH": {code: "41", trunk: '0', min: 9, max: 9},
	"DE": {code: "49", trunk: '0', min: 6, max: 13},
	"ES": {code: "34", min: 9, max: 9},
	"FR": {code: "33", trunk: '0', min: 9, max: 9},
	"GB": {code: "44", trunk: '0', min: 9, max: 10},
	"IE": {code: "353", trunk: '0', min: 7, max: 9},
	"IN": {code: "91", trunk: '0', min: 10, max: 10},
	"IT": {code: "39", min: 6, max: 11}, // the leading 0 of a fixed line is part of the number
	"JP": {code: "81", trunk: '0', min: 9, max: 10},
	"MX": {code: "52", min: 10, max: 10},
	"NL": {code: "31", trunk: '0', min: 9, max: 9},
	"NZ": {code: "64", trunk: '0', min: 8, max: 10},
}

// regionKey returns the key of region in plans: its ASCII letters in upper
// case, and DefaultRegion for "".
func regionKey(s string) string {
	if s == "" {
		return DefaultRegion
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			return strings.ToUpper(s)
		}
	}
	return s
}
