// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package jsonscan

import "time"

// The range of a Timestamp: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z.
const (
	MinTimestamp = -62135596800
	MaxTimestamp = 253402300799
)

// Reasons a timestamp string is refused, in the words of Google's front end.
const (
	timestampNoZone = "Illegal timestamp format; timestamps must end with 'Z' or have a valid timezone offset."
	timestampBad    = "Invalid time format: Failed to parse input"
)

// ParseTimestamp parses an RFC 3339 timestamp,
// YYYY-MM-DDTHH:MM:SS[.F{1,9}](Z|[+-]HH:MM), as UTC seconds and nanoseconds.
// If s is not one, or is outside the Timestamp range, it returns why.
func ParseTimestamp(s string) (secs int64, nanos int32, why string) {
	n := len(s)
	var offset int64 // seconds east of UTC
	switch {
	case n > 0 && s[n-1] == 'Z':
		s = s[:n-1]
	case n >= 6 && (s[n-6] == '+' || s[n-6] == '-') && s[n-3] == ':':
		hh, ok1 := digits(s[n-5 : n-3])
		mm, ok2 := digits(s[n-2:])
		if !ok1 || !ok2 || hh > 23 || mm > 59 {
			return 0, 0, timestampNoZone
		}
		offset = int64(hh*60+mm) * 60
		if s[n-6] == '-' {
			offset = -offset
		}
		s = s[:n-6]
	default:
		return 0, 0, timestampNoZone
	}
	if len(s) < 19 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return 0, 0, timestampBad
	}
	year, ok1 := digits(s[0:4])
	month, ok2 := digits(s[5:7])
	day, ok3 := digits(s[8:10])
	hour, ok4 := digits(s[11:13])
	minute, ok5 := digits(s[14:16])
	sec, ok6 := digits(s[17:19])
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) ||
		year < 1 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || sec > 59 {
		return 0, 0, timestampBad
	}
	if frac := s[19:]; frac != "" {
		if frac[0] != '.' || len(frac) < 2 || len(frac) > 10 {
			return 0, 0, timestampBad
		}
		f, ok := digits(frac[1:])
		if !ok {
			return 0, 0, timestampBad
		}
		for range 10 - len(frac) {
			f *= 10
		}
		nanos = int32(f)
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, 0, time.UTC)
	if t.Day() != day { // February 30 and the like
		return 0, 0, timestampBad
	}
	secs = t.Unix() - offset
	if secs < MinTimestamp || secs > MaxTimestamp {
		return 0, 0, timestampBad
	}
	return secs, nanos, ""
}

// digits returns the value of s if it is all decimal digits (at most nine).
func digits(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	v := 0
	for i := range len(s) {
		if !isDigit(s[i]) {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v, true
}
