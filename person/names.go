// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package person

import (
	"math/bits"
	"slices"
)

// A nameTable maps the names of one message's fields (both spellings) or of
// one enum's values to numbers, for the decoder: an open-addressing hash table
// whose hash reads the length and three bytes of a name, not all of it, and
// whose multiplier is chosen, when the table is built, to spread the table's
// own names. A look-up costs a few instructions and, in the usual case, one
// string comparison, where a Go map hashes the whole name first.
type nameTable struct {
	slots []nameSlot // a power of two of them, at least twice the names: one is always empty
	mul   uint32     // the multiplier of the hash
	shift uint8      // 32 - log2(len(slots))
}

// nameSlot is one slot of a nameTable; an empty name marks an empty slot.
type nameSlot struct {
	name string
	val  int32
}

// newNameTable returns the nameTable of m, whose names must not be empty.
func newNameTable(m map[string]int32) nameTable {
	names := make([]string, 0, len(m))
	for name := range m {
		if name == "" {
			panic("person: an empty name in a name table")
		}
		names = append(names, name)
	}
	slices.Sort(names) // the same table on every run
	size := 1 << bits.Len(uint(2*len(names)))
	var best nameTable
	bestCost := -1
	// Try a few odd multipliers (2654435769 is 2³² divided by the golden
	// ratio) and keep the one with the fewest probes over the table's names.
	for k := range uint32(64) {
		t := nameTable{slots: make([]nameSlot, size), mul: 2654435769 + 2*k, shift: uint8(32 - bits.Len(uint(size-1)))}
		cost := 0
		for _, name := range names {
			i := t.hash(name)
			for t.slots[i].name != "" {
				i = (i + 1) & uint32(size-1)
				cost++
			}
			t.slots[i] = nameSlot{name, m[name]}
		}
		if bestCost < 0 || cost < bestCost {
			best, bestCost = t, cost
		}
		if cost == 0 {
			break
		}
	}
	return best
}

// hash returns the slot where the search for name starts; name must not be
// empty.
func (t *nameTable) hash(name string) uint32 {
	n := len(name)
	x := uint32(n) | uint32(name[0])<<8 | uint32(name[n>>1])<<16 | uint32(name[n-1])<<24
	return (x * t.mul) >> t.shift
}

// find returns the number of name, and whether the table holds it.
func (t *nameTable) find(name string) (int32, bool) {
	if name == "" || len(t.slots) == 0 {
		return 0, false
	}
	mask := uint32(len(t.slots) - 1)
	for i := t.hash(name); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.name == name {
			return s.val, true
		}
		if s.name == "" {
			return 0, false
		}
	}
}
