// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

import "testing"

// TestCountElems checks the count the decoder sizes a list's allocations by:
// the elements from the first one not yet decoded to the end of the list,
// seeing through strings, escapes and nesting; on input cut short, what it
// saw.
func TestCountElems(t *testing.T) {
	for _, tc := range []struct {
		in   string // the list's elements, from the one counted first
		want int
	}{
		{`1]`, 1},
		{`{}]`, 1},
		{`{},{},{}]`, 3},
		{`{"a":[1,2,3]},{"b":{"c":[4,5]}}]`, 2},
		{`"a,b","c]d",{"e":"[,{"}]`, 3},
		{`"a\",b","c\\",{"d":"\\\"]"}],[x]`, 3},
		{`{"a":1},{"b":2}`, 2},        // no end
		{`{"a":"cut, in a string`, 1}, // no closing quote
		{`{"a":1}],{"after":"the list"}`, 1},
	} {
		if got := countElems([]byte(tc.in), 0); got != tc.want {
			t.Errorf("countElems(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
