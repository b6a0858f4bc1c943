// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// checkIndex compares x with want, the sorted items it should hold, through
// every accessor, and checks the tree's invariants.
func checkIndex(t *testing.T, x *index[int], want []int) {
	t.Helper()
	if got := x.Len(); got != len(want) {
		t.Fatalf("Len() = %d, want %d", got, len(want))
	}
	if got := x.AppendRange(nil, 0, len(want)); !slices.Equal(got, want) {
		t.Fatalf("AppendRange(0, %d) = %v, want %v", len(want), got, want)
	}
	for i, w := range want {
		if got := x.At(i); got != w {
			t.Fatalf("At(%d) = %d, want %d", i, got, w)
		}
	}
	for from := -1; from <= len(want)+1; from += 1 + len(want)/17 {
		for _, n := range []int{0, 1, 7, 100} {
			lo, hi := min(max(from, 0), len(want)), max(min(from+n, len(want)), 0)
			wantRange := []int{}
			if lo < hi {
				wantRange = want[lo:hi]
			}
			if got := x.AppendRange([]int{}, from, from+n); !slices.Equal(got, wantRange) {
				t.Fatalf("AppendRange(%d, %d) = %v, want %v", from, from+n, got, wantRange)
			}
		}
	}
	checkNode(t, x, x.root, nil, nil)
}

// checkNode checks the subtree n: its sizes, its node widths, its order, and
// that its items lie in [lo, hi) (nil: unbounded).
func checkNode(t *testing.T, x *index[int], n *inode[int], lo, hi *int) {
	t.Helper()
	in := func(v int) bool { return (lo == nil || *lo <= v) && (hi == nil || v < *hi) }
	if n.kids == nil {
		if n.size != len(n.items) || len(n.items) > nodeMax || !slices.IsSorted(n.items) {
			t.Fatalf("bad leaf: size %d, items %v", n.size, n.items)
		}
		for _, v := range n.items {
			if !in(v) {
				t.Fatalf("item %d out of its node's range", v)
			}
		}
		return
	}
	if len(n.keys) != len(n.kids)-1 || len(n.kids) > nodeMax {
		t.Fatalf("inner node with %d keys and %d children", len(n.keys), len(n.kids))
	}
	size := 0
	for i, k := range n.kids {
		if k.size == 0 && n != x.root {
			t.Fatalf("empty child %d kept", i)
		}
		klo, khi := lo, hi
		if i > 0 {
			klo = &n.keys[i-1]
		}
		if i < len(n.keys) {
			khi = &n.keys[i]
		}
		checkNode(t, x, k, klo, khi)
		size += k.size
	}
	if size != n.size {
		t.Fatalf("inner node of size %d over children of %d", n.size, size)
	}
}

// TestIndex runs random insertions and deletions on an index and a sorted
// slice side by side, at sizes that make trees of one to three levels.
func TestIndex(t *testing.T) {
	for _, tc := range []struct {
		name     string
		universe int // items are drawn from [0, universe)
		ops      int
		depth    int // the most levels the tree must reach
	}{
		{"leaf", 40, 200, 1},
		{"two levels", 2000, 6000, 2},
		{"three levels", 20000, 60000, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, uint64(tc.universe)))
			x := newIndex(cmp.Compare[int])
			var want []int
			depth := 0
			for op := range tc.ops {
				v := r.IntN(tc.universe)
				i, found := slices.BinarySearch(want, v)
				// Grow for the first two thirds, then mostly shrink.
				if grow := op < tc.ops*2/3; (r.IntN(4) != 0) == grow {
					if got := x.Insert(v); got == found {
						t.Fatalf("Insert(%d) = %t with the item present: %t", v, got, found)
					}
					if !found {
						want = slices.Insert(want, i, v)
					}
				} else {
					if got := x.Delete(v); got != found {
						t.Fatalf("Delete(%d) = %t with the item present: %t", v, got, found)
					}
					if found {
						want = slices.Delete(want, i, i+1)
					}
				}
				if op%(tc.ops/20) == 0 {
					checkIndex(t, x, want)
				}
				d := 1
				for n := x.root; n.kids != nil; n = n.kids[0] {
					d++
				}
				depth = max(depth, d)
			}
			if depth != tc.depth {
				t.Errorf("the tree reached %d levels, want %d", depth, tc.depth)
			}
			checkIndex(t, x, want)
			for len(want) > 0 { // empty it, then use it again
				v := want[r.IntN(len(want))]
				if !x.Delete(v) {
					t.Fatalf("Delete(%d) = false", v)
				}
				want = slices.DeleteFunc(want, func(w int) bool { return w == v })
			}
			checkIndex(t, x, want)
			if x.root.kids != nil {
				t.Errorf("an empty index keeps an inner root")
			}
			for v := range 3 * nodeMax {
				x.Insert(v)
				want = append(want, v)
			}
			checkIndex(t, x, want)
		})
	}
}
