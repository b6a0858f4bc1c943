// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package jsonscan

import (
	"math"
	"strconv"
	"strings"
)

// validNumber reports whether b is a JSON number:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func validNumber(b []byte) bool {
	i := 0
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && '1' <= b[i] && b[i] <= '9':
		for i < len(b) && isDigit(b[i]) {
			i++
		}
	default:
		return false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i == len(b) || !isDigit(b[i]) {
			return false
		}
		for i < len(b) && isDigit(b[i]) {
			i++
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i == len(b) || !isDigit(b[i]) {
			return false
		}
		for i < len(b) && isDigit(b[i]) {
			i++
		}
	}
	return i == len(b)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// Int32FromNumber returns the value of the JSON number b if it is an integer
// (whatever its spelling: 1986, 1986.0, 1.986e3, 19860e-1) within int32.
func Int32FromNumber(b []byte) (int32, bool) {
	neg := b[0] == '-'
	if neg {
		b = b[1:]
	}
	i := 0
	for i < len(b) && isDigit(b[i]) {
		i++
	}
	intp, frac := b[:i], b[i:i]
	if i < len(b) && b[i] == '.' {
		j := i + 1
		for j < len(b) && isDigit(b[j]) {
			j++
		}
		frac, i = b[i+1:j], j
	}
	exp := 0
	if i < len(b) { // e or E
		i++
		expNeg := b[i] == '-'
		if b[i] == '+' || b[i] == '-' {
			i++
		}
		for ; i < len(b); i++ {
			if exp < 1e9 { // saturate: any larger exponent gives no int32
				exp = exp*10 + int(b[i]-'0')
			}
		}
		if expNeg {
			exp = -exp
		}
	}
	// The value is the digits of intp and frac, read as one integer, times
	// 10^(exp-len(frac)).
	n := len(intp) + len(frac)
	digit := func(k int) byte {
		if k < len(intp) {
			return intp[k]
		}
		return frac[k-len(intp)]
	}
	first := 0
	for first < n && digit(first) == '0' {
		first++
	}
	if first == n {
		return 0, true
	}
	last := n - 1
	for digit(last) == '0' {
		last--
	}
	e := exp - len(frac) + (n - 1 - last)
	if e < 0 || last-first+1+e > 10 {
		return 0, false
	}
	var v int64
	for k := first; k <= last; k++ {
		v = v*10 + int64(digit(k)-'0')
	}
	for ; e > 0; e-- {
		v *= 10
	}
	if neg {
		v = -v
	}
	if v < math.MinInt32 || v > math.MaxInt32 {
		return 0, false
	}
	return int32(v), true
}

// Int32FromString returns the value of s if it is a decimal integer within
// int32, spelled as a JSON integer: -?(0|[1-9][0-9]*).
func Int32FromString(s string) (int32, bool) {
	t := strings.TrimPrefix(s, "-")
	if t == "" || len(t) > 10 || t[0] == '0' && len(t) > 1 {
		return 0, false
	}
	for i := range len(t) {
		if !isDigit(t[i]) {
			return 0, false
		}
	}
	v, err := strconv.ParseInt(s, 10, 32)
	return int32(v), err == nil
}
